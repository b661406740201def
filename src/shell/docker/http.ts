// The web servers of the nginx and httpd images, as far as a curl request sees them: the request is
// read up to its blank line, the answer (status line, headers, body) goes out in one write, and the
// connection stays open until the client closes it (keep-alive). The pages are the servers' own
// defaults: nginx 1.25.3 (nginxinc/docker-nginx mainline/debian at the nginx version its Dockerfile
// names; docs/html/index.html and ngx_http_special_response.c of nginx release-1.25.3, headers in
// ngx_http_header_filter_module.c's order) and Apache httpd 2.4.62 (docs/docroot/index.html,
// http_protocol.c's canned 404). The files' modification time is the lab's epoch (its clock starts
// at 1970-01-01T00:00:00Z), which is also what Date counts from.

const CRLF = '\r\n';

const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const NGINX_404 = `<html>${CRLF}<head><title>404 Not Found</title></head>${CRLF}<body>${CRLF}<center><h1>404 Not Found</h1></center>${CRLF}<hr><center>nginx/1.25.3</center>${CRLF}</body>${CRLF}</html>${CRLF}`;

const HTTPD_INDEX = '<html><body><h1>It works!</h1></body></html>\n';

const HTTPD_404 =
  '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';

/** An HTTP date (RFC 9110 IMF-fixdate) for a time on the lab's clock, in µs. */
export function httpDate(us: number): string {
  return new Date(Math.floor(us / 1000)).toUTCString();
}

export type Server = 'http-nginx' | 'http-httpd';

/** The answer to one request, or undefined while the request is incomplete. */
export function answer(server: Server, request: string, now: number): string | undefined {
  const end = request.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [method, path] = request.slice(0, request.indexOf('\r\n')).split(' ');
  const head = method === 'HEAD';
  const found = path === '/' || path === '/index.html';
  const date = httpDate(now);
  const epoch = httpDate(0);
  if (server === 'http-nginx') {
    const body = found ? NGINX_INDEX : NGINX_404;
    const lines = [
      found ? 'HTTP/1.1 200 OK' : 'HTTP/1.1 404 Not Found',
      'Server: nginx/1.25.3',
      `Date: ${date}`,
      'Content-Type: text/html',
      `Content-Length: ${body.length}`,
      ...(found ? [`Last-Modified: ${epoch}`] : []),
      'Connection: keep-alive',
      ...(found ? [`ETag: "0-${body.length.toString(16)}"`, 'Accept-Ranges: bytes'] : []),
    ];
    return `${lines.join(CRLF)}${CRLF}${CRLF}${head ? '' : body}`;
  }
  const body = found ? HTTPD_INDEX : HTTPD_404;
  const lines = found
    ? [
        'HTTP/1.1 200 OK',
        `Date: ${date}`,
        'Server: Apache/2.4.62 (Unix)',
        `Last-Modified: ${epoch}`,
        `ETag: "${body.length.toString(16)}-0"`,
        'Accept-Ranges: bytes',
        `Content-Length: ${body.length}`,
        'Content-Type: text/html',
      ]
    : [
        'HTTP/1.1 404 Not Found',
        `Date: ${date}`,
        'Server: Apache/2.4.62 (Unix)',
        `Content-Length: ${body.length}`,
        'Content-Type: text/html; charset=iso-8859-1',
      ];
  return `${lines.join(CRLF)}${CRLF}${CRLF}${head ? '' : body}`;
}
