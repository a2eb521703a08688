#!/usr/bin/python3
"""Makes the LibreOffice-saved workbooks the tests fill and undo (test/fixtures/libreoffice).

Run with Debian's python3 (it has LibreOffice's UNO bridge): /usr/bin/python3 scripts/make-libreoffice-fixtures.py
It opens examples/dapeng-2024.xlsx in LibreOffice Calc and adds what a department's workbook really carries and PERF
must keep: a chart with its drawing, a comment, a defined name, a picture, and sheet protection as LibreOffice writes
it (sheetProtection sheet="true"); it saves that as seed.xlsx and as seed.xlsm (LibreOffice's "Excel 2007-365
(macro-enabled)"). LibreOffice writes no VBA of its own, so a stand-in xl/vbaProject.bin (an OLE header and a note,
not a working macro) is then added to the .xlsm with its relationship and content type, to prove its bytes survive.
The files are committed; this script is how they were made.
"""
import os
import subprocess
import sys
import tempfile
import time
import zipfile

import uno
from com.sun.star.awt import Point, Rectangle, Size
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress, CellRangeAddress

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "examples", "dapeng-2024.xlsx")
OUT = os.path.join(ROOT, "test", "fixtures", "libreoffice")


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect():
    profile = tempfile.mkdtemp(prefix="perf-lo-")
    pipe = "perf-fixtures-%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--invisible", "--norestore",
         "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(200):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            return office, ctx
        except Exception:
            time.sleep(0.2)
    raise RuntimeError("LibreOffice did not start")


def decorate(doc):
    sheets = doc.Sheets
    inputs = sheets.getByName("基础数据")
    inputs.unprotect("")
    inputs.getAnnotations().insertNew(CellAddress(1, 3, 4), "一上数取自部门预算申报表")
    doc.NamedRanges.addNewByName("一上申报数", "$基础数据.$D$5", CellAddress(1, 3, 4), 0)
    inputs.getCharts().addNewByName("预算图", Rectangle(20000, 1000, 12000, 8000),
                                    (CellRangeAddress(1, 3, 4, 3, 9),), False, False)
    inputs.protect("")
    guide = sheets.getByName("说明")
    guide.unprotect("")
    shape = doc.createInstance("com.sun.star.drawing.GraphicObjectShape")
    shape.GraphicURL = uno.systemPathToFileUrl(os.path.join(ROOT, "assets", "icon-64.png"))
    guide.DrawPage.add(shape)
    shape.setPosition(Point(15000, 500))
    shape.setSize(Size(1500, 1500))
    guide.protect("")


VBA_REL = ('<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
           'Target="vbaProject.bin"/>')
VBA_TYPE = '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'


def add_vba_stand_in(path):
    """Adds xl/vbaProject.bin (a stand-in: OLE header and a note) with its relationship and content type."""
    stand_in = bytes.fromhex("d0cf11e0a1b11ae1") + "PERF 测试：VBA 工程的替身，不是可运行的宏。".encode("utf-8") + bytes(range(256)) * 8
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path + ".tmp", "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", VBA_REL.encode() + b"</Relationships>")
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", VBA_TYPE.encode() + b"</Types>")
            z.writestr(info, data)
        z.writestr(zipfile.ZipInfo("xl/vbaProject.bin", date_time=(2025, 1, 1, 0, 0, 0)), stand_in)
    os.replace(path + ".tmp", path)


def main():
    office, ctx = connect()
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    try:
        for name, filter_name, macro in [("seed.xlsx", "Calc MS Excel 2007 XML", False),
                                         ("seed.xlsm", "Calc MS Excel 2007 VBA XML", True)]:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(SOURCE), "_blank", 0, (prop("Hidden", True),))
            decorate(doc)
            doc.storeToURL(uno.systemPathToFileUrl(os.path.join(OUT, name)), (prop("FilterName", filter_name),))
            doc.close(True)
            if macro:
                add_vba_stand_in(os.path.join(OUT, name))
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(60)


if __name__ == "__main__":
    sys.exit(main())
