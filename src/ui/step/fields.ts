// Packet field names in the reader's language. The packet view names fields as Wireshark does (the
// worker's dissector, in English); in Chinese each gets the name Chinese networking texts use, and the
// English name stays in the tooltip, so either can be looked up. A name missing here shows as it is.

import type { Lang } from '../i18n/index.ts';

const ZH: Record<string, string> = {
  Destination: '目的 MAC',
  Source: '源 MAC',
  Type: '类型',
  'Hardware type': '硬件类型',
  'Protocol type': '协议类型',
  'Hardware size': '硬件地址长度',
  'Protocol size': '协议地址长度',
  Opcode: '操作码',
  'Sender MAC address': '发送方 MAC 地址',
  'Sender IP address': '发送方 IP 地址',
  'Target MAC address': '目标 MAC 地址',
  'Target IP address': '目标 IP 地址',
  Version: '版本',
  'Header length': '首部长度',
  'Type of service': '服务类型（TOS）',
  'Total length': '总长度',
  Identification: '标识',
  Flags: '标志',
  'Fragment offset': '片偏移',
  'Time to live': '生存时间（TTL）',
  Protocol: '协议',
  'Header checksum': '首部校验和',
  'Source address': '源地址',
  'Destination address': '目的地址',
  Code: '代码',
  Checksum: '校验和',
  Identifier: '标识符',
  'Sequence number': '序号',
  'Acknowledgment number': '确认号',
  Data: '数据',
  Unused: '未使用',
  Length: '长度',
  'Source port': '源端口',
  'Destination port': '目的端口',
  Window: '窗口',
  'Urgent pointer': '紧急指针',
  Reserved: '保留',
  'VXLAN Network Identifier (VNI)': 'VXLAN 网络标识（VNI）',
  'Option: End of list': '选项：选项表结束',
  'Option: Maximum segment size': '选项：最大报文段长度（MSS）',
  'Option: Window scale': '选项：窗口扩大因子',
  'Option: SACK permitted': '选项：允许 SACK',
  'Option: Timestamps': '选项：时间戳',
  'Option: malformed': '选项：格式错误',
};

/** A field's name in `lang`: numbered options ("Option: No-operation #2") keep their number. */
export function fieldName(name: string, lang: Lang): string {
  if (lang === 'en') return name;
  if (ZH[name]) return ZH[name];
  const nop = /^Option: No-operation #(\d+)$/.exec(name);
  if (nop) return `选项：空操作 #${nop[1]}`;
  const kind = /^Option: kind (\d+)$/.exec(name);
  if (kind) return `选项：类型 ${kind[1]}`;
  return name;
}

/** Every name the table covers (for the completeness test). */
export const FIELD_NAMES_ZH: readonly string[] = Object.keys(ZH);

/** A layer's name in `lang`: the dissector's suffixes, "(inner)" for a tunnelled frame and "(quoted)" for an ICMP error's, translated. */
export function layerName(name: string, lang: Lang): string {
  if (lang === 'en') return name;
  return name
    .replace(/ \(inner\)$/, '（内层）')
    .replace(/ \(quoted\)/, '（差错报文引用）')
    .replace(/^VXLAN \(port: IANA\)$/, 'VXLAN（IANA 端口）')
    .replace(/^VXLAN \(port: Linux's default\)$/, 'VXLAN（Linux 默认端口）')
    .replace(/^Padding$/, '填充')
    .replace(/^Data$/, '数据');
}
