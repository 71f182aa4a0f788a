#!/usr/bin/env node
// A real WebSocket peer for the tests, on Debian's node-ws (the `ws` module): the same
// behaviour as bench/tornado_echo.py, plus what a client's tests need to see.
//
// Usage: node tests/interop/ws_server.js [--cert CERT --key KEY] [PORT]
//   PORT          on 127.0.0.1; 0 or nothing picks a free port
//   --cert, --key PEM certificate (chain) and private key: https:// and wss:// instead of
//                 http:// and ws:// (--key may be left out when CERT holds the key too)
// Prints "LISTENING <port>" once it listens; SIGTERM or SIGINT ends it with status 0.
//
// HTTP GET / (and HEAD /) answers a small page; other plain requests get 404.
// A WebSocket upgrade is accepted at any path but /forbidden, which is refused with HTTP 403.
// Every client is greeted with the text "Welcome!"; when the upgrade request carried an
// X-Duplex-Test header, a second text "header: <its value>" follows. Any Origin is accepted
// and changes nothing. The first subprotocol the client offers is accepted and echoed back.
// Text messages are answered upper-cased as text; binary ones are echoed as binary with their
// ASCII letters upper-cased. Two text messages are test hooks instead:
//   "/close CODE REASON"  the server closes with that code and reason (REASON may be left
//                         out); a code ws may not send (1004-1006, 1015-2999, ...) or a reason
//                         over 123 bytes is answered with the text "error: ..." instead
//   "/drop"               the server drops the TCP connection without a close frame
//                         (ws.terminate())
//
// `ws` is Debian's node-ws, in /usr/share/nodejs: Debian's node finds it there by itself, a
// Node.js of another origin (NodeSource's) does not, so that folder is tried by its path when a
// plain require('ws') (which NODE_PATH can steer) finds nothing.
'use strict';

const fs = require('fs');
const http = require('http');
const https = require('https');

function loadWs() {
    const candidates = ['ws', '/usr/share/nodejs/ws', '/usr/lib/nodejs/ws'];
    for (const candidate of candidates) {
        try {
            return require(candidate);
        } catch (error) {
            // Only "not there" moves on to the next place; anything else is a real fault.
            if (error.code !== 'MODULE_NOT_FOUND' || !String(error.message).includes(candidate))
                throw error;
        }
    }
    process.stderr.write(`ws_server.js: the ws module was found nowhere (${candidates.join(', ')});`
        + ' install Debian\'s node-ws (scripts/deps.sh test)\n');
    process.exit(1);
}

function usage(message) {
    const text = 'usage: node ws_server.js [--cert CERT --key KEY] [PORT]\n';
    if (!message) { // --help
        process.stdout.write(text);
        process.exit(0);
    }
    process.stderr.write(`ws_server.js: ${message}\n${text}`);
    process.exit(2);
}

function parseArguments(argv) {
    const options = { port: 0, cert: null, key: null };
    let portSeen = false;
    for (let i = 0; i < argv.length; i++) {
        let argument = argv[i];
        let value = null;
        const equals = argument.indexOf('=');
        if (argument.startsWith('--') && equals > 0) {
            value = argument.slice(equals + 1);
            argument = argument.slice(0, equals);
        }
        if (argument === '--cert' || argument === '--key') {
            if (value === null) {
                if (i + 1 >= argv.length)
                    usage(`${argument} needs a file`);
                value = argv[++i];
            }
            options[argument.slice(2)] = value;
        } else if (argument === '-h' || argument === '--help') {
            usage();
        } else if (/^\d+$/.test(argument) && !portSeen && Number(argument) <= 65535) {
            options.port = Number(argument);
            portSeen = true;
        } else {
            usage(`unexpected argument: ${argv[i]}`);
        }
    }
    if (options.key && !options.cert)
        usage('--key needs --cert');
    return options;
}

// The close codes ws lets an endpoint send (its own isValidStatusCode).
function sendableCloseCode(code) {
    return (code >= 1000 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006)
        || (code >= 3000 && code <= 4999);
}

function upperAscii(buffer) {
    const out = Buffer.from(buffer);
    for (let i = 0; i < out.length; i++) {
        if (out[i] >= 0x61 && out[i] <= 0x7a)
            out[i] -= 0x20;
    }
    return out;
}

const PAGE = '<!DOCTYPE html><title>ws_server</title>'
    + '<p>WebSocket echo (Node.js ws) at any path but /forbidden</p>\n';

function onRequest(request, response) {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/' && (request.method === 'GET' || request.method === 'HEAD')) {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8',
                                  'Content-Length': Buffer.byteLength(PAGE) });
        response.end(request.method === 'HEAD' ? undefined : PAGE);
    } else {
        response.writeHead(404, { 'Content-Type': 'text/plain' });
        response.end('Not Found\n');
    }
}

function refuse(socket, status, text) {
    const body = `${text}\n`;
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\n`
        + `Content-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    socket.once('finish', () => socket.destroy());
}

function onConnection(ws, request) {
    ws.on('error', () => {}); // a client's protocol error: ws closes the connection itself
    ws.send('Welcome!');
    const header = request.headers['x-duplex-test'];
    if (header !== undefined)
        ws.send(`header: ${header}`);
    ws.on('message', (data, isBinary) => {
        if (isBinary) {
            ws.send(upperAscii(data), { binary: true });
            return;
        }
        const text = data.toString('utf8');
        if (text === '/drop') {
            ws.terminate();
            return;
        }
        const hook = /^\/close (\d{1,5})(?: ([\s\S]*))?$/.exec(text);
        if (hook) {
            const code = Number(hook[1]);
            const reason = hook[2] || '';
            if (!sendableCloseCode(code))
                ws.send(`error: ws cannot send close code ${code}`);
            else if (Buffer.byteLength(reason) > 123)
                ws.send('error: a close reason has 123 bytes at most');
            else
                ws.close(code, reason);
            return;
        }
        ws.send(text.toUpperCase());
    });
}

function main() {
    const options = parseArguments(process.argv.slice(2));
    const { WebSocketServer } = loadWs();
    let server;
    if (options.cert) {
        server = https.createServer({
            cert: fs.readFileSync(options.cert),
            key: fs.readFileSync(options.key || options.cert),
        }, onRequest);
    } else {
        server = http.createServer(onRequest);
    }
    const wss = new WebSocketServer({
        noServer: true,
        // A Set in ws 8 (an array in older ones): the first one offered, echoed back.
        handleProtocols: (protocols) => {
            const first = protocols.values().next();
            return first.done ? false : first.value;
        },
    });
    wss.on('connection', onConnection);
    server.on('upgrade', (request, socket, head) => {
        socket.on('error', () => {});
        const path = new URL(request.url, 'http://localhost').pathname;
        if (path === '/forbidden') {
            refuse(socket, 403, 'Forbidden');
            return;
        }
        wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    });
    server.on('error', (error) => {
        process.stderr.write(`ws_server.js: ${error.message}\n`);
        process.exit(1);
    });
    const stop = () => process.exit(0);
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    server.listen(options.port, '127.0.0.1', () => {
        // A write to a pipe or a file is synchronous in Node.js on Linux: it is out at once.
        process.stdout.write(`LISTENING ${server.address().port}\n`);
    });
}

main();
