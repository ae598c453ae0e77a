#include "access/Hello.h"

#include <QRegularExpression>

namespace capataz::access {

using namespace Qt::Literals::StringLiterals;

remote::Command helloCommand()
{
    return std::move(remote::Command({u"true"_s}).request(u"hello"_s));
}

std::optional<Hello> parseHello(const QByteArray& out)
{
    static const QRegularExpression re(uR"(^capataz-access (\d+) role=(\S+) user=(\S+)\s*$)"_s,
                                       QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(out));
    if (!m.hasMatch())
        return std::nullopt;
    return Hello{m.captured(1).toInt(), m.captured(2), m.captured(3)};
}

} // namespace capataz::access
