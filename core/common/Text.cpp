#include "common/Text.h"

#include <QCoreApplication>

namespace capataz {

namespace {
QString withArgs(QString s, const QStringList& args)
{
    for (const QString& a : args)
        s = s.arg(a);
    return s;
}
} // namespace

QString Text::translated() const
{
    return source ? withArgs(QCoreApplication::translate("capataz::plan", source), args) : QString();
}

QString Text::untranslated() const
{
    return source ? withArgs(QString::fromUtf8(source), args) : QString();
}

} // namespace capataz
