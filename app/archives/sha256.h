// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_md_ctx_st;

namespace Stasis
{

/// Incremental SHA-256 through OpenSSL's EVP interface: several times faster
/// than QCryptographicHash on the hundreds of megabytes of a checkpoint's
/// memory pages.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256 &&) noexcept;
    Sha256 &operator=(Sha256 &&) noexcept;

    void addData(QByteArrayView data);
    /// The digest as 64 lowercase hexadecimal characters; the hash then
    /// starts over.
    QByteArray hexResult();

    static QByteArray hex(QByteArrayView data);
    /// True for 64 lowercase hexadecimal characters.
    static bool isHexDigest(QByteArrayView text);

private:
    struct ContextDeleter {
        void operator()(evp_md_ctx_st *context) const;
    };
    std::unique_ptr<evp_md_ctx_st, ContextDeleter> m_context;
};

} // namespace Stasis
