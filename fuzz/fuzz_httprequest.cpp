// libFuzzer target: the HTTP request-head parser on arbitrary bytes, with every limit.
#include "httprequest.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const qsizetype limit : { qsizetype(8192), qsizetype(64), qsizetype(1) }) {
        const HttpParseResult result = HttpRequestParser::parse(input, limit);
        if (result.status == HttpParseResult::Complete) {
            const HttpRequest &request = result.request;
            if (request.headSize <= 0 || request.headSize > limit
                || request.headSize > input.size())
                __builtin_trap();
            (void)request.keepAlive();
            (void)request.hasBody();
            (void)request.headerHasToken("connection", "upgrade");
        } else if (result.status == HttpParseResult::Invalid) {
            if (result.errorStatus != 400 && result.errorStatus != 431 && result.errorStatus != 505)
                __builtin_trap();
        }
    }
    return 0;
}
