# The resident memory of a running process by mapping, and the resident pages of its binary by ELF
# section (from /proc/PID/pagemap): what the file-backed RSS is made of. scripts/size.sh runs it
# with SIZE_DETAIL=1.
import sys,struct,subprocess,re,collections
pid=sys.argv[1]; binpath=sys.argv[2]
secs=[]
for l in subprocess.run(['readelf','-SW',binpath],capture_output=True,text=True).stdout.splitlines():
    m=re.match(r'\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)',l)
    if m and int(m.group(2),16): secs.append((m.group(1),int(m.group(2),16),int(m.group(3),16)))
pm=open('/proc/%s/pagemap'%pid,'rb')
def present(a,b):
    n=0;a&=~4095
    pm.seek(a//4096*8); data=pm.read(((b+4095)//4096-a//4096)*8)
    for i in range(0,len(data),8):
        v=struct.unpack_from('<Q',data,i)[0]
        if v>>63: n+=1
    return n*4096
rows=collections.Counter()
cur=None
for l in open('/proc/%s/smaps'%pid):
    if re.match(r'^[0-9a-f]+-[0-9a-f]+ ',l):
        p=l.split(); cur=(p[5] if len(p)>5 else '[anon]')+' '+p[1]
    elif l.startswith('Rss:'): rows[cur]+=int(l.split()[1])*1024
for k,v in rows.most_common(12): print('%7.1f MB  %s'%(v/1e6,k))
print('binary by section (resident):')
for n,a,s in secs:
    r=present(a,a+s)
    if r>100000: print('%7.1f MB of %6.1f  %s'%(r/1e6,s/1e6,n))
