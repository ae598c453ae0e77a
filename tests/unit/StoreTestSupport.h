// Shared by the store tests: result messages, sample profiles, and a raw connection for
// looking at (or tampering with) the database file behind Database's back.
#pragma once

#include "common/Error.h"
#include "store/DataDir.h"
#include "store/Database.h"
#include "store/ServerProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <expected>
#include <optional>

namespace capataz::teststore {

using namespace Qt::Literals::StringLiterals;
using store::ServerProfile;
// QVERIFY2 evaluates its message even on success: only describe failures.
template <typename T> QByteArray why(const std::expected<T, Error>& r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

inline ServerProfile sampleProfile(const QString& name)
{
    ServerProfile p;
    p.name = name;
    p.host = name + u".example.org"_s;
    p.user = u"deploy"_s;
    return p;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A raw QtSql connection, for looking at (or tampering with) the file behind Database's back.
class RawConnection {
public:
    explicit RawConnection(const QString& file)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(file);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    bool exec(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }

private:
    QString m_name = u"tst-raw"_s;
};

// A fresh database in a temporary directory for every test function, and the data directory
// settings (CAPATAZ_DATA_DIR, the override) put back after each.
struct StoreFixture {
    std::optional<QTemporaryDir> tmp;
    std::optional<store::Database> db;
    QByteArray savedEnv;
    bool hadEnv = false;

    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Capataz"_s);
        QCoreApplication::setApplicationName(u"capataz"_s);
        QStandardPaths::setTestModeEnabled(true); // never the user's real data directory
        hadEnv = qEnvironmentVariableIsSet("CAPATAZ_DATA_DIR");
        savedEnv = qgetenv("CAPATAZ_DATA_DIR");
    }
    [[nodiscard]] bool open()
    {
        tmp.emplace();
        if (!tmp->isValid())
            return false;
        auto opened = store::Database::open(tmp->path());
        if (!opened)
            return false;
        db.emplace(std::move(*opened));
        return true;
    }
    void cleanup()
    {
        db.reset();
        tmp.reset();
        store::setDataDirectoryOverride({});
        if (hadEnv)
            qputenv("CAPATAZ_DATA_DIR", savedEnv);
        else
            qunsetenv("CAPATAZ_DATA_DIR");
    }
};

} // namespace capataz::teststore
