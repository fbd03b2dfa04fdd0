"""Compares the numeric cells of a plan as funnelplan wrote it (cached values: the model's numbers)
with the same plan recalculated and saved by LibreOffice. Arguments: ORIGINAL RECALCULATED SHEET:LAST_ROW...
Exits 1 when any cell differs by more than one part in a million."""
import sys, zipfile, re, xml.etree.ElementTree as ET
NS={'m':'http://schemas.openxmlformats.org/spreadsheetml/2006/main','r':'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}
def sheets(z):
    wb=ET.fromstring(z.read('xl/workbook.xml')); rels=ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
    tgt={r.get('Id'):r.get('Target') for r in rels}
    out={}
    for s in wb.find('m:sheets',NS):
        t=tgt[s.get('{%s}id'%NS['r'])]; t=t.lstrip('/'); t=t if t.startswith('xl/') else 'xl/'+t
        out[s.get('name')]=t
    return out
def values(z, part, maxrow):
    vals={}
    with z.open(part) as f:
        for ev,el in ET.iterparse(f):
            if el.tag=='{%s}c'%NS['m']:
                ref=el.get('r'); row=int(re.sub('[A-Z]','',ref))
                if row>maxrow: break
                v=el.find('m:v',NS); t=el.get('t')
                if v is not None and v.text and t not in ('s','str','inlineStr','b','e'):
                    vals[ref]=float(v.text)
                el.clear()
    return vals
a=zipfile.ZipFile(sys.argv[1]); b=zipfile.ZipFile(sys.argv[2])
sa=sheets(a); sb=sheets(b)
failed=False
for name,maxrow in [(n,int(m)) for n,m in (x.split(':') for x in sys.argv[3:])]:
    va=values(a,sa[name],maxrow); vb=values(b,sb[name],maxrow)
    bad=[(k,va[k],vb.get(k)) for k in va if vb.get(k) is None or abs(va[k]-vb[k])>1e-6*max(1,abs(va[k]))]
    print(f"{name}: {len(va)} numeric cells compared, {len(bad)} differ", bad[:5])
    failed = failed or bool(bad) or not va
sys.exit(1 if failed else 0)
