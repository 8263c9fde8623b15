import CheckupServer
import Testing

/// Reading forms: urlencoded, multipart with files, JSON; and the --listen address.
@Suite("Forms")
struct FormDataTests {
    @Test("urlencoded fields: + is a space, percent escapes are UTF-8, the first of a repeated field wins")
    func urlEncoded() {
        let form = FormData(urlEncoded: "name=%E7%8E%8B+%E8%8A%B3&csrf=ab&csrf=cd&empty=&flag")
        #expect(form["name"] == "王 芳")
        #expect(form["csrf"] == "ab")
        #expect(form["empty"] == "")
        #expect(form["flag"] == "")
        #expect(form["missing"] == nil)
    }

    @Test("multipart fields and files, a quoted file name with an escaped quote, binary content kept")
    func multipart() throws {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n第一行\r\n第二行\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"a \\\"b\\\".jpg\"\r\n"
            + "Content-Type: image/jpeg\r\n\r\n"
        let bytes = Array(body.utf8) + [0xFF, 0xD8, 0x0D, 0x0A, 0x2D, 0x2D] + Array("\r\n--XyZ--\r\n".utf8)
        let form = try #require(FormData(multipart: bytes, boundary: "XyZ"))
        #expect(form["note"] == "第一行\r\n第二行")
        #expect(form.files.count == 1)
        #expect(form.files.first?.filename == "a \"b\".jpg")
        #expect(form.files.first?.bytes == [0xFF, 0xD8, 0x0D, 0x0A, 0x2D, 0x2D])
    }

    @Test("a multipart body without its closing boundary, or with a wrong one, is not a form")
    func malformedMultipart() {
        let body = Array("--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx".utf8)
        #expect(FormData(multipart: body, boundary: "XyZ") == nil)
        #expect(FormData(multipart: Array("--other--\r\n".utf8), boundary: "XyZ") == nil)
    }

    @Test("a JSON object's strings, numbers and booleans are fields; anything else is not a form")
    func json() throws {
        let form = try #require(FormData(json: Array(#"{"note": "好", "refuse": true, "n": 3, "x": [1]}"#.utf8)))
        #expect(form["note"] == "好")
        #expect(form["refuse"] == "1")
        #expect(form["n"] == "3")
        #expect(form["x"] == nil)
        #expect(FormData(json: Array("[1,2]".utf8)) == nil)
    }

    @Test("--listen takes HOST:PORT and [IPv6]:PORT")
    func listen() {
        #expect(ServerConfiguration.listenAddress("127.0.0.1:8080")! == ("127.0.0.1", 8080))
        #expect(ServerConfiguration.listenAddress("[::1]:0")! == ("::1", 0))
        #expect(ServerConfiguration.listenAddress("8080") == nil)
        #expect(ServerConfiguration.listenAddress("host:99999") == nil)
        #expect(ServerConfiguration.listenAddress(":80") == nil)
    }
}
