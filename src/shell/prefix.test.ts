import { describe, expect, it } from 'vitest';
import { commandWords, stripPrefixes } from './prefix.ts';
import { Session } from './session.ts';

const isCmd = (w: string) => ['ip', 'ping', 'bridge'].includes(w);
const strip = (line: string) => stripPrefixes(line.split(' '), isCmd);

describe('what blog posts put in front of a command', () => {
  it('leaves out a prompt and sudo with its harmless options, and says so', () => {
    expect(strip('sudo ip netns add ns1')).toEqual({
      argv: ['ip', 'netns', 'add', 'ns1'],
      notes: ['netns-lab: "sudo" is left out: every command here already runs as root'],
    });
    expect(strip('$ sudo -E ip link')).toEqual({
      argv: ['ip', 'link'],
      notes: [
        'netns-lab: the shell prompt "$ " is left out',
        'netns-lab: "sudo -E" is left out: every command here already runs as root',
      ],
    });
    expect(strip('# ip link')).toMatchObject({ argv: ['ip', 'link'] });
    expect(strip('sudo -EH -u root -- ping -c 1 10.0.0.1')).toMatchObject({
      argv: ['ping', '-c', '1', '10.0.0.1'],
    });
    expect(strip('sudo --user=root ip a')).toMatchObject({ argv: ['ip', 'a'] });
    expect(strip('ip link')).toEqual({ argv: ['ip', 'link'], notes: [] });
  });

  it('refuses what would change who runs it, or open a shell', () => {
    expect(strip('sudo -u alice ip link')).toEqual({
      unsupported: 'sudo -u alice (every command here runs as root)',
    });
    expect(strip('sudo -i')).toMatchObject({ unsupported: expect.stringContaining('a root shell') });
    expect(strip('sudo')).toEqual({ unsupported: 'sudo without a command' });
    expect(strip('sudo -K ip link')).toEqual({ unsupported: 'sudo option -K' });
  });

  it('runs pasted lines as the command, with the note in the transcript', () => {
    const s = new Session();
    expect(s.run('sudo ip netns add ns1\n$ ip netns list\n')).toBe(
      '$ sudo ip netns add ns1\n' +
        'netns-lab: "sudo" is left out: every command here already runs as root\n' +
        '$ $ ip netns list\n' +
        'netns-lab: the shell prompt "$ " is left out\n' +
        'ns1\n',
    );
    // A root prompt typed at the terminal runs; in a script a "#" line stays a comment.
    expect(s.exec('# ip -br link show lo').output).toBe(
      'netns-lab: the shell prompt "# " is left out\nlo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> \n',
    );
    expect(s.run('# ip netns add ns2\n')).toBe('');
    expect(s.exec('# just a note').output).toBe('');
    // Unsupported forms are said so, and the line is marked unsupported.
    expect(s.exec('sudo -u nobody ip link')).toEqual({
      output: 'netns-lab: unsupported: sudo -u nobody (every command here runs as root)\n',
      status: 2,
      unsupported: true,
    });
    expect(s.exec('sudo vim /etc/hosts').unsupported).toBe(true);
    expect(commandWords('$ sudo ip netns exec c1 ping -c 1 10.0.0.2')).toEqual([
      'ip',
      'netns',
      'exec',
      'c1',
      'ping',
      '-c',
      '1',
      '10.0.0.2',
    ]);
  });
});

describe('prefixLength', () => {
  it('counts the prompt and sudo words a terminal keeps in front', async () => {
    const { prefixLength } = await import('./prefix.ts');
    expect(prefixLength(['sudo', '-E', 'ip', 'link'])).toBe(2);
    expect(prefixLength(['$', 'ping', '10.0.0.1'])).toBe(1);
    expect(prefixLength(['ip', 'link'])).toBe(0);
    expect(prefixLength(['sudo', '-u', 'alice', 'ip'])).toBe(4);
  });
});
