// 简体中文界面文字。键与 en.ts 相同；缺少的键回退到英文。

import { k8sZh } from '../k8s/i18n.zh.ts';
import { lessonsZh } from '../lessons/i18n.zh.ts';
import { stepZh } from '../step/i18n.zh.ts';
import { captureZh } from './capture.zh.ts';
import { editorZh } from './editor.zh.ts';
import type { en } from './en.ts';
import { labZh } from './lab.zh.ts';

export const zh: Partial<Record<keyof typeof en, string>> = {
  ...editorZh,
  ...stepZh,
  ...labZh,
  ...captureZh,
  ...lessonsZh,
  ...k8sZh,
  'app.tagline': 'Linux 容器网络模拟实验室',
  'app.language': '语言',
  'status.idle': '空闲',
  'status.running': '运行中',
  'status.error': '出错',
  'status.readyOne': '{namespaces} 个命名空间 · {links} 个链路 · t = {time} 毫秒',
  'status.ready': '{namespaces} 个命名空间 · {links} 个链路 · t = {time} 毫秒',
  'transcript.title': '命令记录',
  'transcript.meta': '{source} · {commands} 条命令',
  'canvas.starting': '正在启动引擎…',
  'canvas.failed': '引擎出错：{error}',
};
