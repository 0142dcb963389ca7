// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivelimits.h"
#include "firstfailure.h"
#include "tarstreamreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <deque>
#include <memory>

namespace Stasis
{

/// Reads an untrusted archive file entry by entry, pulling data as the
/// caller asks, with bounded memory and no temporary files: TarArchiveReader
/// for the tar formats, ZipArchiveReader for zips (create() picks). The
/// compression ratio (uncompressed bytes handed out per compressed byte
/// read) is enforced while reading, so a bomb stops after a few MiB.
///
/// Not thread-safe; use it from one thread (a worker for large archives).
class ArchiveReader : public FirstFailure
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::ArchiveReader)

public:
    enum class Token {
        /// entry() is the next entry.
        EntryStarted,
        /// data() holds the next chunk (at most chunkSize bytes) of entry().
        Data,
        EntryFinished,
        /// The archive ended properly.
        End,
        /// errorString() says why; every further call answers Invalid.
        Invalid,
    };

    static constexpr qsizetype chunkSize = 256 * 1024;

    static std::unique_ptr<ArchiveReader> create(const QString &fileName, ArchiveFormat format, const ArchiveLimits &limits);
    virtual ~ArchiveReader();
    Q_DISABLE_COPY_MOVE(ArchiveReader)

    Token readNext();
    const TarEntry &entry() const;
    /// Valid until the next readNext().
    QByteArrayView data() const;

    qint64 fileSize() const;
    qint64 compressedBytesRead() const;

protected:
    ArchiveReader(const QString &fileName, const ArchiveLimits &limits);

    /// Once, after the file was opened; false after fail().
    virtual bool start() = 0;
    /// Reads on until it pushed an event, ended (setEnded()) or failed.
    virtual bool step() = 0;

    void push(Token token, const TarEntry &entry = {}, QByteArray data = {});
    void setEnded();
    /// Counts @p bytes handed out and fails when the ratio is exceeded (at @p entry).
    bool countUncompressed(qint64 bytes, const QString &entry);

    const QString m_fileName;
    const ArchiveLimits m_limits;
    QFile m_file;

private:
    struct Event {
        Token token;
        TarEntry entry;
        QByteArray data;
    };

    bool m_opened = false;
    bool m_ended = false;
    qint64 m_uncompressed = 0;
    std::deque<Event> m_events;
    TarEntry m_entry;
    QByteArray m_data;
};

} // namespace Stasis
