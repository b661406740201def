# GNU grep 3.8 -w and -x in the C locale. Without back-references a line is selected by the DFA,
# which is given the patterns wrapped as text, "(^|[^[:alnum:]_])(" P ")([^[:alnum:]_]|$)" for -w
# and "^(" P ")$" for -x; a ')' that P leaves unmatched (an ordinary character in ERE) closes the
# wrapper's group, so the wrapped pattern means something else. -o finds its matches with the regex
# matcher instead (the leftmost-longest match, then a shorter one at the same start, then one
# further on), and may print nothing for a line the DFA selected.
echo 'a)b' | grep -E -w -o ')|)$\+'
echo ')' | grep -E -w -o ')|)$\+'
echo 'x)' | grep -E -w -o ')|)$\+'
echo 'a)b' | grep -E -w ')|)$\+'
echo foo | grep -E -w ')|x'
echo foo | grep -E -c -w ')|x'
echo foo | grep -E -x ')|x'
echo foo | grep -E -x -o ')|x'
echo foo | grep -E -v -w ')|x'
echo ')' | grep -E -w 'zz|)'
echo 'a)b' | grep -E -w 'zz|)'
echo 'a)b' | grep -E -w ')a|b'
echo ')' | grep -E -w ')a|b'
echo 'foo' | grep -E -w -e ')' -e 'zz'
echo 'foo' | grep -w ')'
echo 'a)b' | grep -w 'a)b'
echo 'foobar foo' | grep -o -w 'foo\|foobar'
echo 'foobar foo' | grep -o -w 'foobar\|foo'
echo 'xfoo foo' | grep -o -w 'foo'
echo 'ab abc ab' | grep -o -w -E 'ab|abc'
echo 'aa a aaa' | grep -o -w 'a*'
echo 'aa aab aa' | grep -o -w '\(a\)\1'
echo 'aab' | grep -w '\(a\)\1'
echo 'x aa' | grep -c -w '\(a\)\1'
echo 'a-b a_b' | grep -o -w 'a.b'
echo 'word' | grep -o -w ''
echo 'a  b' | grep -c -w ''
echo 'ab' | grep -x -o 'ab'
echo 'ab' | grep -x 'a\|ab'
echo foo | grep -E -w -e ')|' -e zz
echo 'x)zz' | grep -E -w -e ')' -e 'zz'
echo 'a.b axb' | grep -o -e 'a\.b' -e zz
echo 'a.b axb' | grep -o -e 'a.b' -e zz
echo 'b\' | grep -e a -e 'b\'
echo 'ab' | grep -c -e ab -e ab -w
