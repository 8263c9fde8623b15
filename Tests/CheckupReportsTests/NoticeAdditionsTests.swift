import CheckupCore
import CheckupReports
import Foundation
import Testing

/// What issue 18 §2 adds to the rectification notice: legal representative and contact lines,
/// start and end time, certificate numbers, evidence thumbnails, page numbers in print.
@Suite("Rectification notice: issue 18 additions")
struct NoticeAdditionsTests {
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])

    /// Session 2's notice with the register and, on its first hazard, a PNG photo and a PDF.
    private func notice() throws -> RectificationNotice {
        var notice = try ReportStation().notice()
        notice.inspectorRegister = [Inspector(name: "张伟", certificate: "ZJ-AJ-2024-0031")]
        let photo = EvidenceRef(sha256: "aa", originalName: "出口<堵塞>.png", size: Int64(Self.png.count))
        let file = EvidenceRef(sha256: "bb", originalName: "整改方案.pdf", size: 9)
        notice.items[0].evidence = [photo, file]
        notice.evidenceImages = ["aa": EvidenceImage(photo, bytes: Self.png),
                                 "bb": EvidenceImage(file, bytes: Data("%PDF-1.4\n".utf8))]
        return notice
    }

    @Test("inspectors print with their registered certificate number; an unregistered one with an empty field")
    func certificates() throws {
        let html = try notice().html()
        #expect(html.contains("<div>张伟　<span class=\"cert\">证号：ZJ-AJ-2024-0031</span></div>"))
        #expect(html.contains("<div>李娜　<span class=\"cert\">证号：</span></div>"))
    }

    @Test("the facts carry the legal representative, the contact, the place inspected, and the start and end time")
    func facts() throws {
        let html = try notice().html()
        #expect(html.contains("<tr><th>法定代表人</th><td>金国强</td></tr>"))
        #expect(html.contains("<tr><th>检查场所</th><td>锦程路18号 一号车间、喷涂车间</td></tr>"))
        #expect(html.contains("<tr><th>联系人及电话</th><td>王建华 13905791234</td></tr>"))
        #expect(html.contains("<tr><th>检查开始时间</th><td>2026-11-10 09:00</td></tr>"))
        #expect(html.contains("<tr><th>检查结束时间</th><td>2026-11-10 11:30</td></tr>"))
    }

    @Test("a photo is a thumbnail beside its hazard, named and escaped; another file is listed by name")
    func evidence() throws {
        let html = try notice().html()
        #expect(html.contains("<img src=\"data:image/png;base64,\(Self.png.base64EncodedString())\" alt=\"出口&lt;堵塞&gt;.png\">"))
        #expect(html.contains("其他证据文件：整改方案.pdf"))
        #expect(!html.contains("data:application"))
        let markdown = try notice().markdown()
        #expect(markdown.contains("证据材料：出口&lt;堵塞&gt;.png 整改方案.pdf"))
        #expect(!markdown.contains("base64"))
    }

    @Test("print numbers the pages 共 N 页 第 n 页 (Page n of N in English)")
    func pageNumbers() throws {
        #expect(try notice().html().contains("content: \"共 \" counter(pages) \" 页　第 \" counter(page) \" 页\";"))
        #expect(try ReportStation().notice(language: .en).html().contains("content: \"Page \" counter(page) \" of \" counter(pages);"))
    }
}
