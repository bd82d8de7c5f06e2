import socket, threading, time, json, sys, os
PORT=int(sys.argv[1]); LOG=open(sys.argv[2],'a',buffering=1)
lock=threading.Lock()
active=[0]
def log(*a):
    with lock: LOG.write('%.3f %s\n'%(time.time(),' '.join(str(x) for x in a)))
def read_req(f):
    line=f.readline()
    if not line: return None
    hdr={}
    while True:
        h=f.readline()
        if h in (b'\r\n',b'\n',b''): break
        k,v=h.decode().split(':',1); hdr[k.strip().lower()]=v.strip()
    body=f.read(int(hdr.get('content-length','0')))
    return line.decode().split()[1], hdr, body
def chunk(s,data):
    if isinstance(data,str): data=data.encode()
    s.sendall(b'%x\r\n'%len(data)+data+b'\r\n')
C='data: {"choices":[{"delta":{"content":"%s"}}]}\n\n'
FIN='data: {"choices":[{"delta":{},"finish_reason":"stop"}]}\n\ndata: {"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":%d}}\n\ndata: [DONE]\n\n'
NS=json.dumps({"id":"x","choices":[{"message":{"role":"assistant","content":"hello"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":1}}).encode()
def serve(s,addr):
    with lock: active[0]+=1
    cid='%s:%d'%addr
    log('open',cid)
    f=s.makefile('rb')
    try:
        while True:
            if os.environ.get('IDLECLOSE'): s.settimeout(1.0)
            try: r=read_req(f)
            except socket.timeout:
                log('idleclose',cid); return
            s.settimeout(None)
            if r is None: log('eof',cid); return
            path,hdr,body=r
            mode=path.split('/')[1]
            stream=json.loads(body).get('stream',False)
            log('req',cid,path,'stream=%s'%stream)
            if mode=='slowhead':
                time.sleep(5)
            if mode=='redirect':
                s.sendall(b'HTTP/1.1 301 Moved Permanently\r\nLocation: https://x/v1/chat/completions\r\nContent-Length: 0\r\n\r\n'); continue
            if not stream:
                s.sendall(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n'%len(NS)+NS); continue
            s.sendall(b'HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n')
            if mode=='slow':
                try:
                    for i in range(300): chunk(s,C%('w%d'%i)); time.sleep(0.1)
                except OSError as e:
                    log('writefail',cid,repr(e)); return
            elif mode=='pause':
                try:
                    chunk(s,C%'first'); time.sleep(8)
                    log('resume',cid)
                    for i in range(30): chunk(s,C%('w%d'%i)); time.sleep(0.1)
                except OSError as e:
                    log('writefail',cid,repr(e)); return
            elif mode=='long':
                pad='y'*1000
                for i in range(20000): chunk(s,C%pad)
            elif mode=='doneopen':
                chunk(s,C%'a'); chunk(s,FIN%1)
                s.settimeout(30)
                try:
                    d=s.recv(1)
                    log('closed-by-client',cid)
                except Exception as e: log('recv',cid,repr(e))
                return
            else:
                n=20
                for i in range(n): chunk(s,C%('w%d'%i)); time.sleep(0.005)
            chunk(s,FIN%20); s.sendall(b'0\r\n\r\n')
            log('done',cid)
    except OSError as e:
        log('oserror',cid,repr(e))
    finally:
        with lock: active[0]-=1
        log('close',cid); s.close()
srv=socket.socket(); srv.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1); srv.bind(('127.0.0.1',PORT)); srv.listen(512)
while True:
    c,a=srv.accept(); threading.Thread(target=serve,args=(c,a),daemon=True).start()
