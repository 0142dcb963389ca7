// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivereader.h"

#include <memory>
#include <vector>

struct z_stream_s;

namespace Stasis
{

/// An ArchiveReader for zips, with an own parse of the end of central
/// directory and the central directory, each entry cross-checked against its
/// local header (name, sizes, method, flags, CRC-32) and the entries required
/// to follow each other without gaps or overlaps. Zip64, encryption, methods
/// other than stored and deflated, symbolic links and other special files in
/// the external attributes and Info-ZIP Unicode path fields are refused.
class ZipArchiveReader final : public ArchiveReader
{
public:
    ZipArchiveReader(const QString &fileName, const ArchiveLimits &limits);
    ~ZipArchiveReader() override;

protected:
    bool start() override;
    bool step() override;

private:
    struct Entry {
        QByteArray rawName;
        TarEntry entry;
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 localOffset = 0;
    };
    struct InflateDeleter {
        void operator()(z_stream_s *stream) const;
    };

    /// The end of central directory record: where the directory is and how many entries it has.
    bool readEnd(qint64 *directoryOffset, qint64 *directorySize, int *entries);
    /// One central directory record at @p position (advanced past it).
    bool readDirectoryRecord(QByteArrayView directory, qsizetype *position, int index, Entry *zip);
    bool startEntry();
    /// The next chunk of the current entry, inflated when deflated.
    bool readEntryData(QByteArray *output);
    bool finishEntry();

    std::vector<Entry> m_entries;
    qsizetype m_index = -1;
    bool m_inEntry = false;
    qint64 m_centralOffset = 0;
    qint64 m_compressedLeft = 0;
    qint64 m_uncompressedLeft = 0;
    quint32 m_crc = 0;
    bool m_streamEnded = false;
    std::unique_ptr<z_stream_s, InflateDeleter> m_inflate;
    QByteArray m_input;
};

} // namespace Stasis
