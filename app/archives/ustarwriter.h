// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Stasis
{

/// Writes a plain (uncompressed) POSIX ustar archive in memory whose entries
/// are all owned by uid/gid 0, for `PUT …/archive` into root-owned checkpoint
/// folders. KTar cannot write owner 0 (it fixes 501/100), and the engine
/// applies the owners of the tar headers.
///
/// Only what Stasis sends: folders and small regular files with names of at
/// most 100 bytes (no prefix field, no pax headers, no links).
class UstarWriter final
{
public:
    /// False, and nothing written, when @p name does not fit a header.
    bool addDirectory(const QString &name, int mode = 0755, const QDateTime &modified = QDateTime::currentDateTimeUtc());
    bool addFile(const QString &name, const QByteArray &data, int mode = 0644, const QDateTime &modified = QDateTime::currentDateTimeUtc());

    /// The archive with its two closing zero blocks; the writer is then empty.
    QByteArray finish();

    /// One header block (owner 0:0, no special bits) for streaming writers;
    /// a longer name is split at a '/' into the prefix (at most 155 bytes)
    /// and name (at most 100, a folder's trailing '/' included) fields.
    /// Empty when @p name does not fit or @p size exceeds the size field.
    static QByteArray header(const QString &name, char type, qint64 size, int mode, const QDateTime &modified);
    /// The zero bytes that complete an entry of @p size bytes to a block.
    static qint64 paddingSize(qint64 size);
    static constexpr qint64 blockSize = 512;

private:
    bool addEntry(const QString &name, char type, const QByteArray &data, int mode, const QDateTime &modified);

    QByteArray m_archive;
};

} // namespace Stasis
