// libFuzzer target: the whole front door fed raw bytes, as a peer would send them, request
// after request on one connection, under the default settings and a strict origin list.
#include "frontdoor.h"
#include "serversettings.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const FrontDoor open;
    static const FrontDoor strict = [] {
        ServerSettings settings;
        settings.maxHeadSize = 256;
        settings.allowedOrigins = { QStringLiteral("https://example.com") };
        return FrontDoor(settings);
    }();
    for (const FrontDoor *door : { &open, &strict }) {
        QByteArrayView rest(reinterpret_cast<const char *>(data), qsizetype(size));
        // Like HttpConnection: answer, drop what was consumed, go on until more is needed.
        while (!rest.isEmpty()) {
            const FrontDoor::Decision decision = door->decide(rest);
            if (decision.action != FrontDoor::Decision::Respond)
                break;
            if (decision.response.isEmpty() || decision.consumed <= 0
                || decision.consumed > rest.size())
                __builtin_trap();
            if (decision.close)
                break;
            rest = rest.sliced(decision.consumed);
        }
    }
    return 0;
}
