// 关于保存实验的中文文字：自动保存与其他标签页、引擎线程的状态，以及在页面局部绘制失败时保住实验的错误边界。

import type { labEn } from './lab.en.ts';

export const labZh: Record<keyof typeof labEn, string> = {
  'engine.restarted': '模拟引擎已停止，并已根据你的实验重新启动。实验内容没有丢失；流量和单步记录从头开始。',
  'engine.gaveUp': '模拟引擎反复停止。请重新加载页面；最近一次自动保存仍然保留。',
  'engine.cancelled':
    '已取消。实验已恢复到该操作之前的样子：文档没有改变，该操作所做的一切都不保留；此前运行过的流量已重新运行（单步记录也已恢复）。',
  'busy.line': '正在执行第 {line} 行（共 {lines} 行）：{command}',
  'busy.one': '正在执行：{command}',
  'busy.opening': '正在重建你的实验：第 {line} 行（共 {lines} 行）',
  'busy.stats': '{events} 个模拟事件 · 虚拟时间 {virtual} 秒 · 已用 {elapsed} 秒',
  'busy.cancel': '取消',
  'busy.cancelHint': '取消会让实验回到这个操作之前的样子。',
  'busy.cancelTitle':
    '停止这个操作。实验会回到该操作之前的样子：文档保持原样，该操作所做的一切都不保留；此前运行过的流量会重新运行。',
  'busy.notCancellable': '正在根据文档重建你的实验；取消操作正是回到这里，所以这一步不能取消。',
  'busy.cancelled': 'netns-lab：已取消：实验已恢复到这条命令之前的样子',
  'save.otherTab': '该实验已在另一个标签页中打开，并由那个标签页负责保存。在此处所做的修改不会自动保存。',
  'save.lostTab': '现在由另一个标签页负责保存该实验。在此处所做的修改不再自动保存。',
  'save.takeOver': '改由此标签页保存',
  'save.failed': '你的实验没有被保存：此浏览器的存储不可用或已满（{error}）。请将实验另存为文件。',
  'save.alsoOpen': '该实验也在另一个标签页中打开。两个标签页都会保存它，以最后一次修改为准。',
  'save.asFile': '另存为文件',
  'crash.title': '页面的这一部分绘制失败',
  'crash.body': '你的实验及其自动保存均未受影响。错误信息：{error}',
  'crash.engine':
    '你的实验及其自动保存均未受影响。模拟引擎已停止，因此无法显示这一部分；请重新加载页面以启动新的引擎。',
  'crash.continue': '继续',
  'crash.reload': '重新加载页面',
  'share.err.empty': '链接中没有实验（#share= 之后为空）',
  'share.err.damaged': '链接已损坏',
  'share.err.tooLong': '链接过长',
  'share.err.tooLarge': '链接中的实验过大',
  'name.hidden':
    'netns-lab 不接受含有不可见字符或改变文字方向的字符（{chars}）的名称：画布会以误导的方式显示它们。',
};
