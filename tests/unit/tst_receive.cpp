// remote::receiveFunction() run by the local /bin/sh (dash on Debian, the same POSIX shell the
// servers run it with): what a cut connection or a changed byte leaves behind.
#include "remote/Receive.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Outcome {
    int exitCode = -1;
    QByteArray err;
};

Outcome receive(const QString& file, const QByteArray& sent, const QByteArray& announced)
{
    QProcess p;
    p.start(u"/bin/sh"_s,
            QStringList{u"-c"_s, remote::receiveFunction() + u"receive \"$@\""_s, u"sh"_s, file} +
                remote::receiveArgs(announced));
    p.write(sent);
    p.closeWriteChannel();
    p.waitForFinished(10000);
    return {p.exitCode(), p.readAllStandardError()};
}

QByteArray contentOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
}
} // namespace

class TestReceive : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void wholeContentIsKept()
    {
        const QString f = m_dir.filePath(u"whole"_s);
        QByteArray content;
        for (int i = 0; i < 5000; ++i)
            content += "line " + QByteArray::number(i) + " with 'quotes' and $dollars\n";
        const Outcome o = receive(f, content, content);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(contentOf(f), content);
    }

    void emptyContentIsAFile()
    {
        const QString f = m_dir.filePath(u"empty"_s);
        const Outcome o = receive(f, {}, {});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QVERIFY(QFileInfo::exists(f));
        QCOMPARE(QFileInfo(f).size(), 0);
    }

    void cutContentIsRemoved()
    {
        const QString f = m_dir.filePath(u"cut"_s);
        const QByteArray content = "server {\n    listen 80;\n}\nserver {\n    listen 81;\n}\n";
        const Outcome o = receive(f, content.left(25), content);
        QCOMPARE(o.exitCode, 1);
        const QByteArray said = QByteArray("received 25 of ") + QByteArray::number(content.size());
        QVERIFY2(o.err.contains(said), o.err.constData());
        QVERIFY(!QFileInfo::exists(f));
    }

    void changedByteIsRemoved()
    {
        const QString f = m_dir.filePath(u"changed"_s);
        QByteArray content = "a=1\nb=2\n";
        QByteArray sent = content;
        sent[2] = '9';
        const Outcome o = receive(f, sent, content);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains("not what was sent"), o.err.constData());
        QVERIFY(!QFileInfo::exists(f));
    }

    void moreThanAnnouncedIsRemoved()
    {
        const QString f = m_dir.filePath(u"longer"_s);
        const QByteArray content = "abc\n";
        const Outcome o = receive(f, content + "extra\n", content);
        QCOMPARE(o.exitCode, 1);
        QVERIFY(!QFileInfo::exists(f));
    }
};

QTEST_GUILESS_MAIN(TestReceive)
#include "tst_receive.moc"
