// How a line of the genre starts a list item or heading. A line break before one of these is
// a real boundary, never a hard wrap inside a sentence.

export const LIST_MARKERS: readonly RegExp[] = [
  /^[一二三四五六七八九十]{1,3}[、.．是]/, // 一、 二. 三是
  /^[(（][一二三四五六七八九十0-9]{1,3}[)）]/, // (一) （2）
  /^[0-9]{1,2}[、.．)）](?![0-9])/, // 1、 2. 3) but not 94.3
  /^第[一二三四五六七八九十0-9]{1,3}[、部分章节条篇是]/, // 第一部分 第三条
  /^[●•·■□◆◇★☆▲△○◎※→>＞-]/, // bullets
  /^【/, // 【篇一】
];
