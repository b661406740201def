// The inspector's capture section (editor/CaptureSection.tsx). What tcpdump itself prints in the
// terminal is never translated.

export const captureEn = {
  'capture.title': 'Capture (tcpdump)',
  'capture.help':
    'Runs tcpdump in the background in the terminal of {ns}, writing every frame {dev} sends or receives to {file}. Opening the capture puts {dev} in promiscuous mode.',
  'capture.helpAny':
    'Runs tcpdump -i any in the background in the terminal of {ns}, writing every frame that any device of {ns} sends or receives to {file}, as Linux cooked frames (LINUX_SLL2: the device’s name and the direction instead of the Ethernet header). A capture on any does not make a device promiscuous.',
  'capture.helpBridge':
    'A promiscuous bridge passes every frame it forwards up to itself, so the capture on {dev} sees traffic between its ports too.',
  'capture.start': 'Start capture',
  'capture.running': 'Capturing on {dev} → {file}',
  'capture.runningTerm': 'Capturing on {dev} (printing in the terminal)',
  'capture.stop': 'Stop captures',
  'capture.stopHelp':
    'Send traffic first (ping in the terminal, or ➤ on a device). Stopping writes out what tcpdump still holds in its buffer and prints its counts; pkill stops every tcpdump of the lab.',
  'capture.files': 'Capture files',
  'capture.none': 'No capture file yet: start a capture, send some traffic, then stop it.',
  'capture.size': '{n} bytes',
  'capture.writing': 'being written (stop the capture to read it)',
  'capture.read': 'Read',
  'capture.download': 'Download .pcap',
  'capture.lasts':
    'Wireshark and tshark open the .pcap (its timestamps are the lab’s virtual time). Captures and their files last until the next edit of the lab, which rebuilds it from its script.',
};
