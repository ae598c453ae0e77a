#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <memory>

// The same declaration as in <libssh2.h> (repeating a typedef of the same type is legal C++);
// it keeps libssh2, which capataz_core links privately, out of this header.
typedef struct _LIBSSH2_SESSION LIBSSH2_SESSION; // NOLINT(modernize-use-using,bugprone-reserved-identifier)

namespace capataz::ssh {

// RSA user-key authentication with rsa-sha2-256 / rsa-sha2-512 (RFC 8332) on libssh2 1.10.
//
// libssh2 1.10 signs RSA keys only with "ssh-rsa" (SHA-1), which OpenSSH >= 8.8 refuses
// ("signature algorithm ssh-rsa not in PubkeyAcceptedAlgorithms"). libssh2_userauth_publickey()
// takes the algorithm name of the request from the first string of the public key blob it is
// given and wraps the callback's raw signature with that same name. So a blob whose first
// string is "rsa-sha2-256" (followed by the usual e and n) makes libssh2 send a correct
// rsa-sha2-256 request; signRsaSha2() supplies the matching PKCS#1 v1.5 SHA-256/512
// signature. OpenSSH parses such a blob as an ordinary RSA key (its key-type table maps
// "rsa-sha2-256"/"rsa-sha2-512" to KEY_RSA), so authorized_keys entries match as usual.
// Caveat: RFC 8332 keeps "ssh-rsa" inside the key blob; servers that are not OpenSSH
// (>= 7.2) may refuse the blob. Try this first for RSA keys, then fall back to libssh2's own
// libssh2_userauth_publickey_fromfile() (ssh-rsa) for old servers.
//
// Usage (blocking or non-blocking session alike):
//     auto key = loadRsaKeyForSha2(path, passphrase);            // once per key
//     const QByteArray blob = publicBlobForSha2(**key, 512);      // keep alive across retries
//     void* abstract = key->get();                                // the callback reads *abstract
//     int rc;
//     while ((rc = libssh2_userauth_publickey(session, user, ucharPtr(blob), blob.size(),
//                                             &signRsaSha2, &abstract)) == LIBSSH2_ERROR_EAGAIN)
//         waitForSocket();
//
// The session must use libssh2's default allocator (libssh2_session_init(), not _init_ex with
// custom functions): libssh2 1.10 releases the signature with LIBSSH2_FREE, i.e. free(), and
// signRsaSha2() allocates it with malloc().

// A loaded RSA private key (OpenSSL EVP_PKEY) plus its public e and n. Immutable once loaded:
// one key can serve several sessions and threads at once.
struct RsaKeyForSha2;

// Reads an RSA private key file:
//  * OpenSSH format ("-----BEGIN OPENSSH PRIVATE KEY-----", ssh-keygen's default), unencrypted
//    only. Encrypted OpenSSH keys (bcrypt KDF) are refused with InvalidArgument and a detail
//    that says so (convert with `ssh-keygen -p -m PEM -f KEY`, or let libssh2 load it).
//  * PEM: PKCS#1 "BEGIN RSA PRIVATE KEY" (also with Proc-Type/DEK-Info encryption, as written
//    by `ssh-keygen -m PEM`), PKCS#8 "BEGIN PRIVATE KEY" and "BEGIN ENCRYPTED PRIVATE KEY".
// Errors: KeyFileUnreadable (missing, unreadable, not a private key format read here, corrupt),
// KeyPassphraseNeeded (encrypted PEM and empty passphrase), KeyPassphraseWrong,
// InvalidArgument (not an RSA key - e.g. ed25519, ecdsa -, or an encrypted OpenSSH-format key):
// InvalidArgument means "use libssh2's own key loading for this one".
[[nodiscard]] Result<std::shared_ptr<RsaKeyForSha2>> loadRsaKeyForSha2(const QString& privateKeyPath,
                                                                       const QString& passphrase);

// The public key blob to pass to libssh2_userauth_publickey(): string "rsa-sha2-256" (bits 256)
// or "rsa-sha2-512" (bits 512; any other value gives an empty array), mpint e, mpint n. Always
// the same bytes for the same key and bits.
[[nodiscard]] QByteArray publicBlobForSha2(const RsaKeyForSha2& key, int bits = 256);

// The standard "ssh-rsa" blob (what `ssh-keygen -y` prints in base64), for comparisons,
// authorized_keys lines and libssh2 APIs that want the real key blob.
[[nodiscard]] QByteArray publicBlobSshRsa(const RsaKeyForSha2& key);

// Modulus size in bits (e.g. 3072).
[[nodiscard]] int rsaKeyBits(const RsaKeyForSha2& key);

// LIBSSH2_USERAUTH_PUBLICKEY_SIGN_FUNC. `*abstract` must be the RsaKeyForSha2* (see above).
// `data` is what RFC 4252 section 7 says is signed (string session id, byte 50, user, service,
// "publickey", TRUE, string algorithm, string blob); the hash follows the algorithm named in
// it: rsa-sha2-256 -> SHA-256, rsa-sha2-512 -> SHA-512, anything else is refused. Writes the
// raw RSASSA-PKCS1-v1_5 signature (exactly modulus-length bytes) into a malloc()ed buffer that
// libssh2 frees. Returns 0, or -1 on any error (libssh2 then fails with
// LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED "Callback returned error"). Stateless: calling it again
// (libssh2 retrying after EAGAIN) is harmless. `session` is not used and may be null.
int signRsaSha2(LIBSSH2_SESSION* session, unsigned char** sig, size_t* sigLen, const unsigned char* data,
                size_t dataLen, void** abstract);

} // namespace capataz::ssh
