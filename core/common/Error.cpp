#include "common/Error.h"

namespace capataz {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
#define CAPATAZ_ERROR_CODE(name)                                                                             \
    case ErrorCode::name:                                                                                    \
        return QStringLiteral(#name);
#include "common/ErrorCodes.def"
#undef CAPATAZ_ERROR_CODE
    }
    return QStringLiteral("Unknown");
}

QString Error::codeName() const
{
    return errorCodeName(code);
}

QString Error::plainDetail() const
{
    const QString prefix = codeName() + QStringLiteral(": ");
    QString text = detail;
    while (text.startsWith(prefix))
        text.remove(0, prefix.size());
    if (text == codeName())
        return QString();
    return text;
}

QString Error::toString() const
{
    const QString text = plainDetail();
    if (text.isEmpty())
        return codeName();
    return codeName() + QStringLiteral(": ") + text;
}

} // namespace capataz
