// libFuzzer: parseDotenv never crashes; an accepted input serializes back byte for byte; after
// set() the document reads back the value that was set.
#include "stack/DotenvParser.h"

#include <cstdint>
#include <cstdlib>

using namespace capataz::stack;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(data, static_cast<qsizetype>(size));
    auto doc = parseDotenv(bytes);
    if (!doc)
        return 0;
    if (doc->serialize() != bytes)
        std::abort();
    // A value made of the input itself (hostile bytes, quotes, newlines), on an existing key and a new one.
    const QString value = QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 64)));
    const QStringList keys = doc->keys();
    const QString key = keys.isEmpty() ? u"FUZZ_NEW"_s : keys.constLast();
    for (const QString& k : {key, u"FUZZ_NEW"_s}) {
        if (!doc->set(k, value))
            continue;
        auto again = parseDotenv(doc->serialize());
        if (!again || again->value(k) != std::optional<QString>(value))
            std::abort();
    }
    return 0;
}
