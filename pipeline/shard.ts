import { UsageError } from "./errors.js";

/** Part `index` (1-based) of `count` of an archive's files. */
export interface Shard {
  index: number;
  count: number;
}

/** A shard, and the scheduler it was read from. */
export interface ScheduledShard extends Shard {
  from: string;
}

/** Where `run --shard auto` reads the number of shards of a Kubernetes Indexed Job, if not from --shard-count. */
export const SHARD_COUNT_ENV = "UNION_CLAIMS_SHARD_COUNT";

const DIGITS = /^\d+$/;

function whole(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name]?.trim();
  if (value === undefined || value === "") return undefined;
  if (!DIGITS.test(value)) throw new UsageError(`--shard auto: ${name} is ${JSON.stringify(env[name])}, not a whole number`);
  return Number(value);
}

/**
 * The shard a scheduler gave this process, for `run --shard auto`. A Kubernetes Indexed Job sets
 * JOB_COMPLETION_INDEX (0 … completions − 1) but not how many there are: that comes from
 * --shard-count or UNION_CLAIMS_SHARD_COUNT. A Slurm job array sets SLURM_ARRAY_TASK_ID,
 * SLURM_ARRAY_TASK_COUNT, and the range's SLURM_ARRAY_TASK_MIN and _STEP (--array=1-8 and
 * --array=0-14:2 both give shards 1 … 8). Anything missing, or out of range, is a usage error:
 * a shard guessed wrong would leave files out or read them twice.
 */
export function shardFromEnvironment(env: NodeJS.ProcessEnv, countOption?: number): ScheduledShard {
  const k8s = whole(env, "JOB_COMPLETION_INDEX");
  const slurm = whole(env, "SLURM_ARRAY_TASK_ID");
  if (k8s !== undefined && slurm !== undefined) {
    throw new UsageError("--shard auto: both JOB_COMPLETION_INDEX (Kubernetes) and SLURM_ARRAY_TASK_ID (Slurm) are set; give --shard i/n");
  }
  if (k8s !== undefined) {
    const count = countOption ?? whole(env, SHARD_COUNT_ENV);
    if (count === undefined) {
      throw new UsageError(`--shard auto: a Kubernetes Indexed Job does not say how many shards there are: give --shard-count N or set ${SHARD_COUNT_ENV} (the Job's completions)`);
    }
    return checked({ index: k8s + 1, count, from: `Kubernetes Indexed Job, JOB_COMPLETION_INDEX=${k8s}` });
  }
  if (slurm !== undefined) {
    const count = whole(env, "SLURM_ARRAY_TASK_COUNT");
    if (count === undefined) throw new UsageError("--shard auto: SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not");
    if (countOption !== undefined && countOption !== count) {
      throw new UsageError(`--shard auto: --shard-count ${countOption} disagrees with the Slurm array's ${count} tasks`);
    }
    const min = whole(env, "SLURM_ARRAY_TASK_MIN") ?? 0;
    const step = whole(env, "SLURM_ARRAY_TASK_STEP") ?? 1;
    if (step === 0 || slurm < min || (slurm - min) % step !== 0) {
      throw new UsageError(`--shard auto: Slurm array task ${slurm} is not in the range from ${min} by ${step}: give the array as a range (--array=1-8 or --array=0-14:2)`);
    }
    return checked({ index: (slurm - min) / step + 1, count, from: `Slurm job array, SLURM_ARRAY_TASK_ID=${slurm}` });
  }
  throw new UsageError("--shard auto reads the shard from a Kubernetes Indexed Job (JOB_COMPLETION_INDEX) or a Slurm job array (SLURM_ARRAY_TASK_ID), and neither is set: give --shard i/n");
}

function checked(shard: ScheduledShard): ScheduledShard {
  if (shard.count < 1 || shard.index > shard.count) {
    throw new UsageError(`--shard auto: ${shard.from} gives shard ${shard.index} of ${shard.count}, which does not exist`);
  }
  return shard;
}
