#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace capataz {

// Incremental SHA-256 through OpenSSL (SHA-NI/AVX2 where the CPU has them): several times faster
// than QCryptographicHash in Qt 6.4, which matters for files of hundreds of MB hashed on the GUI
// thread as they are downloaded.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    // The digest (32 bytes); call once, after the last addData().
    [[nodiscard]] QByteArray result();
    [[nodiscard]] QByteArray hexResult() { return result().toHex(); }

private:
    struct Context;
    std::unique_ptr<Context> m_ctx;
};

} // namespace capataz
