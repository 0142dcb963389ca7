// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivelimits.h"
#include "tarstreamreader.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <deque>
#include <memory>
#include <vector>

class KCompressionDevice;
struct z_stream_s;

namespace Stasis
{

/// Reads an untrusted archive file entry by entry, pulling data as the
/// caller asks, with bounded memory and no temporary files.
///
/// Tars (plain after decompression) are streamed through KCompressionDevice
/// into TarStreamReader. Zips are read with an own parse of the end of
/// central directory and the central directory, each entry cross-checked
/// against its local header (name, sizes, method, flags, CRC-32) and the
/// entries required to follow each other without gaps or overlaps; zip64,
/// encryption, methods other than stored and deflated, symbolic links and
/// other special files in the external attributes and Info-ZIP Unicode path
/// fields are refused. The compression ratio (uncompressed bytes handed out
/// per compressed byte read) is enforced while reading, so a bomb stops
/// after a few MiB.
///
/// Not thread-safe; use it from one thread (a worker for large archives).
class ArchiveReader final
{
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

    ArchiveReader(const QString &fileName, ArchiveFormat format, const ArchiveLimits &limits);
    ~ArchiveReader();
    Q_DISABLE_COPY_MOVE(ArchiveReader)

    Token readNext();
    const TarEntry &entry() const;
    /// Valid until the next readNext().
    QByteArrayView data() const;

    /// Stops reading (for a consumer that found a problem); the first failure is kept.
    void fail(const QString &message, const QString &entry = {});
    /// A sentence naming the offending entry.
    QString errorString() const;
    QString offendingEntry() const;

    qint64 fileSize() const;
    qint64 compressedBytesRead() const;
    qint64 uncompressedBytesRead() const;

    struct Event;
    struct ZipEntry;

private:
    class TarQueue;
    struct InflateDeleter {
        void operator()(z_stream_s *stream) const;
    };

    bool open();
    bool readTarChunk();
    bool readZipStep();
    bool openZip();
    bool startZipEntry();
    bool checkRatio();
    void push(Event event);

    QString m_fileName;
    ArchiveFormat m_format;
    ArchiveLimits m_limits;
    QFile m_file;
    bool m_opened = false;
    bool m_failed = false;
    bool m_ended = false;
    QString m_error;
    QString m_offendingEntry;
    qint64 m_uncompressed = 0;

    std::deque<Event> m_events;
    TarEntry m_entry;
    QByteArray m_data;

    // Tars.
    std::unique_ptr<KCompressionDevice> m_decompressor;
    std::unique_ptr<TarQueue> m_tarQueue;
    std::unique_ptr<TarStreamReader> m_tar;
    qint64 m_afterEnd = 0;

    // Zips.
    std::vector<ZipEntry> m_zipEntries;
    qsizetype m_zipIndex = -1;
    bool m_zipInEntry = false;
    qint64 m_zipCentralOffset = 0;
    qint64 m_zipCompressedLeft = 0;
    qint64 m_zipUncompressedLeft = 0;
    quint32 m_zipCrc = 0;
    bool m_zipStreamEnded = false;
    std::unique_ptr<z_stream_s, InflateDeleter> m_inflate;
    QByteArray m_zipInput;
};

} // namespace Stasis
