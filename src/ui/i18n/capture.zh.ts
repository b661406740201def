// 检查器中的抓包部分（editor/CaptureSection.tsx）。终端里 tcpdump 自己的输出不翻译。

import type { captureEn } from './capture.en.ts';

export const captureZh: Record<keyof typeof captureEn, string> = {
  'capture.title': '抓包（tcpdump）',
  'capture.help':
    '在 {ns} 的终端里后台运行 tcpdump，把 {dev} 发送和接收的每一帧写入 {file}。开始抓包会让 {dev} 进入混杂模式。',
  'capture.helpAny':
    '在 {ns} 的终端里后台运行 tcpdump -i any，把 {ns} 中任一设备发送和接收的每一帧写入 {file}，格式为 Linux cooked 帧（LINUX_SLL2：用设备名和方向代替以太网头）。在 any 上抓包不会让设备进入混杂模式。',
  'capture.helpBridge':
    '处于混杂模式的网桥会把它转发的每一帧也上送给自己，所以 {dev} 上的抓包也能看到端口之间的流量。',
  'capture.start': '开始抓包',
  'capture.running': '正在 {dev} 上抓包 → {file}',
  'capture.runningTerm': '正在 {dev} 上抓包（输出在终端里）',
  'capture.stop': '停止抓包',
  'capture.stopHelp':
    '先产生一些流量（在终端里 ping，或点设备上的 ➤）。停止时 tcpdump 会把缓冲区里剩下的内容写入文件并打印计数；pkill 会停止实验中所有的 tcpdump。',
  'capture.files': '抓包文件',
  'capture.none': '还没有抓包文件：开始抓包，产生一些流量，然后停止。',
  'capture.size': '{n} 字节',
  'capture.writing': '正在写入（停止抓包后才能读取）',
  'capture.read': '读取',
  'capture.download': '下载 .pcap',
  'capture.lasts':
    'Wireshark 和 tshark 可以打开这个 .pcap（其中的时间戳是实验的虚拟时间）。抓包和抓包文件只保留到下一次编辑实验为止：编辑会按脚本重建整个实验。',
};
