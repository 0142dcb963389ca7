// SPDX-License-Identifier: GPL-2.0-or-later
#include "ziparchivereader.h"

#include "archivepath.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <zlib.h>

namespace Stasis
{

namespace
{

constexpr qint64 maxCentralDirectory = 16 * 1024 * 1024;
constexpr qint64 maxEndOfCentralDirectory = 22 + 65535;
constexpr qsizetype inputChunk = 64 * 1024;

quint16 le16(QByteArrayView bytes, qsizetype at)
{
    return quint16(static_cast<unsigned char>(bytes[at]) | (static_cast<unsigned char>(bytes[at + 1]) << 8));
}

quint32 le32(QByteArrayView bytes, qsizetype at)
{
    return quint32(le16(bytes, at)) | (quint32(le16(bytes, at + 2)) << 16);
}

QDateTime dosTime(quint16 date, quint16 time)
{
    const QDate day(1980 + (date >> 9), (date >> 5) & 0xf, date & 0x1f);
    const QTime clock((time >> 11) & 0x1f, (time >> 5) & 0x3f, (time & 0x1f) * 2);
    return QDateTime(day.isValid() ? day : QDate(1980, 1, 1), clock.isValid() ? clock : QTime(0, 0), QTimeZone::UTC);
}

/// Checks the extra fields of a zip header: well formed, no zip64 and no
/// Info-ZIP Unicode path (which some readers prefer over the name).
QString checkExtraFields(QByteArrayView extra, const QString &entry)
{
    qsizetype at = 0;
    while (at < extra.size()) {
        if (extra.size() - at < 4 || le16(extra, at + 2) > extra.size() - at - 4) {
            return ArchiveReader::tr("The zip entry \"%1\" has malformed extra fields.").arg(entry);
        }
        const quint16 id = le16(extra, at);
        if (id == 0x0001) {
            return ArchiveReader::tr("The zip entry \"%1\" uses zip64, which is not supported.").arg(entry);
        }
        if (id == 0x7075) {
            return ArchiveReader::tr("The zip entry \"%1\" has a second (Unicode path) name, which is not allowed.").arg(entry);
        }
        at += 4 + le16(extra, at + 2);
    }
    return {};
}

} // namespace

void ZipArchiveReader::InflateDeleter::operator()(z_stream_s *stream) const
{
    inflateEnd(stream);
    delete stream;
}

ZipArchiveReader::ZipArchiveReader(const QString &fileName, const ArchiveLimits &limits)
    : ArchiveReader(fileName, limits)
{
}

ZipArchiveReader::~ZipArchiveReader() = default;

bool ZipArchiveReader::readEnd(qint64 *directoryOffset, qint64 *directorySize, int *entries)
{
    const qint64 size = m_file.size();
    const qint64 tailSize = std::min(size, maxEndOfCentralDirectory);
    if (tailSize < 22 || !m_file.seek(size - tailSize)) {
        fail(ArchiveReader::tr("The zip archive is truncated: it has no end of central directory."));
        return false;
    }
    const QByteArray tail = m_file.read(tailSize);
    if (tail.size() != tailSize) {
        fail(ArchiveReader::tr("Could not read \"%1\": %2.").arg(m_fileName, m_file.errorString()));
        return false;
    }
    // The end record is the file's last 22 bytes: Stasis writes no zip comment, and nothing may follow it.
    const qsizetype at = tail.size() - 22;
    if (le32(tail, at) != 0x06054b50 || le16(tail, at + 20) != 0) {
        const qsizetype found = QByteArrayView(tail).first(at).lastIndexOf(QByteArrayView("PK\x05\x06"));
        if (found < 0) {
            fail(ArchiveReader::tr("The zip archive is truncated or damaged: it has no end of central directory."));
        } else {
            fail(ArchiveReader::tr("The zip archive has %1 bytes after its end of central directory (a comment or other data).").arg(tail.size() - found - 22));
        }
        return false;
    }
    const QByteArrayView end = QByteArrayView(tail).sliced(at, 22);
    const quint16 entriesHere = le16(end, 8);
    *entries = le16(end, 10);
    const quint32 size32 = le32(end, 12);
    const quint32 offset32 = le32(end, 16);
    const qint64 endOffset = size - tailSize + at;
    if (*entries == 0xffff || size32 == 0xffffffff || offset32 == 0xffffffff) {
        fail(ArchiveReader::tr("The zip archive uses zip64, which is not supported."));
        return false;
    }
    if (le16(end, 4) != 0 || le16(end, 6) != 0 || entriesHere != *entries) {
        fail(ArchiveReader::tr("The zip archive spans several disks, which is not supported."));
        return false;
    }
    if (*entries > m_limits.maxEntries) {
        fail(ArchiveReader::tr("The archive has more than %1 entries (%2).").arg(m_limits.maxEntries).arg(*entries));
        return false;
    }
    if (qint64(offset32) + size32 != endOffset || size32 > maxCentralDirectory) {
        fail(ArchiveReader::tr("The zip archive's central directory is damaged (it does not end where the end record starts)."));
        return false;
    }
    *directoryOffset = offset32;
    *directorySize = size32;
    return true;
}

bool ZipArchiveReader::readDirectoryRecord(QByteArrayView directory, qsizetype *position, int index, Entry *zip)
{
    if (directory.size() - *position < 46 || le32(directory, *position) != 0x02014b50) {
        fail(ArchiveReader::tr("The zip archive's central directory is damaged (entry %1).").arg(index + 1));
        return false;
    }
    const QByteArrayView record = directory.sliced(*position);
    const quint16 nameLength = le16(record, 28);
    const quint16 extraLength = le16(record, 30);
    const quint16 commentLength = le16(record, 32);
    if (record.size() < 46 + nameLength + extraLength + commentLength) {
        fail(ArchiveReader::tr("The zip archive's central directory is damaged (entry %1).").arg(index + 1));
        return false;
    }
    zip->rawName = record.sliced(46, nameLength).toByteArray();
    const QString shown = ArchivePath::printable(zip->rawName);
    const quint16 madeBy = le16(record, 4);
    zip->flags = le16(record, 8);
    zip->method = le16(record, 10);
    zip->entry.modified = dosTime(le16(record, 14), le16(record, 12));
    zip->crc = le32(record, 16);
    zip->compressedSize = le32(record, 20);
    const quint32 uncompressedSize = le32(record, 24);
    const quint16 disk = le16(record, 34);
    const quint32 external = le32(record, 38);
    zip->localOffset = le32(record, 42);
    *position += 46 + nameLength + extraLength + commentLength;

    if (zip->compressedSize == 0xffffffff || uncompressedSize == 0xffffffff || zip->localOffset == 0xffffffff || disk == 0xffff) {
        fail(ArchiveReader::tr("The zip entry \"%1\" uses zip64, which is not supported.").arg(shown), shown);
        return false;
    }
    if (const QString problem = checkExtraFields(record.sliced(46 + nameLength, extraLength), shown); !problem.isEmpty()) {
        fail(problem, shown);
        return false;
    }
    if (zip->flags & (0x0001 | 0x0040 | 0x2000)) {
        fail(ArchiveReader::tr("The zip entry \"%1\" is encrypted.").arg(shown), shown);
        return false;
    }
    if (zip->method != 0 && zip->method != 8) {
        fail(ArchiveReader::tr("The zip entry \"%1\" uses compression method %2; only stored and deflated entries are supported.").arg(shown).arg(zip->method),
             shown);
        return false;
    }
    if (disk != 0) {
        fail(ArchiveReader::tr("The zip entry \"%1\" lies on another disk.").arg(shown), shown);
        return false;
    }
    const std::expected<QString, QString> path = ArchivePath::validate(zip->rawName, m_limits.maxPathBytes, m_limits.maxDepth);
    if (!path) {
        fail(path.error(), shown);
        return false;
    }
    zip->entry.path = *path;
    const QString &name = zip->entry.path;
    const bool slash = zip->rawName.endsWith('/');
    const bool directoryEntry = slash || (external & 0x10);
    int mode = directoryEntry ? 0755 : 0644;
    if ((madeBy >> 8) == 3) { // Unix: the mode in the high 16 bits
        const quint32 unixMode = external >> 16;
        const quint32 type = unixMode & 0170000;
        if (type == 0120000) {
            fail(ArchiveReader::tr("The zip entry \"%1\" is a symbolic link; only regular files and folders are allowed.").arg(name), name);
            return false;
        }
        if (type != 0 && type != 0100000 && type != 040000) {
            fail(ArchiveReader::tr("The zip entry \"%1\" is a special file; only regular files and folders are allowed.").arg(name), name);
            return false;
        }
        if ((type == 040000) != directoryEntry && type != 0) {
            fail(ArchiveReader::tr("The zip entry \"%1\" is marked both as a file and as a folder.").arg(name), name);
            return false;
        }
        if (unixMode & 07777) {
            mode = int(unixMode & 07777);
        }
    }
    if (directoryEntry != slash) {
        fail(ArchiveReader::tr("The zip entry \"%1\" is a folder whose name does not end with '/' (or the reverse).").arg(name), name);
        return false;
    }
    zip->entry.type = directoryEntry ? TarEntry::Type::Directory : TarEntry::Type::File;
    zip->entry.mode = mode;
    zip->entry.size = uncompressedSize;
    if (directoryEntry && (uncompressedSize != 0 || zip->compressedSize != 0)) {
        fail(ArchiveReader::tr("The zip entry \"%1\" is a folder with a size.").arg(name), name);
        return false;
    }
    if (zip->method == 0 && zip->compressedSize != uncompressedSize) {
        fail(ArchiveReader::tr("The zip entry \"%1\" is stored with two different sizes.").arg(name), name);
        return false;
    }
    if (zip->entry.size > m_limits.maxFileSize) {
        fail(ArchiveReader::tr("The archive entry \"%1\" is larger than the limit of %2 bytes.").arg(name).arg(m_limits.maxFileSize), name);
        return false;
    }
    return true;
}

bool ZipArchiveReader::start()
{
    qint64 directoryOffset = 0;
    qint64 directorySize = 0;
    int entries = 0;
    if (!readEnd(&directoryOffset, &directorySize, &entries)) {
        return false;
    }
    m_centralOffset = directoryOffset;
    if (!m_file.seek(directoryOffset)) {
        fail(ArchiveReader::tr("Could not read \"%1\": %2.").arg(m_fileName, m_file.errorString()));
        return false;
    }
    const QByteArray directory = m_file.read(directorySize);
    if (directory.size() != directorySize) {
        fail(ArchiveReader::tr("The zip archive's central directory is truncated."));
        return false;
    }
    qsizetype position = 0;
    qint64 total = 0;
    qint64 previousOffset = -1;
    for (int i = 0; i < entries; ++i) {
        Entry zip;
        if (!readDirectoryRecord(directory, &position, i, &zip)) {
            return false;
        }
        const QString &name = zip.entry.path;
        total += zip.entry.size;
        if (total > m_limits.maxTotalSize) {
            fail(ArchiveReader::tr("The archive's content exceeds the limit of %1 bytes (at \"%2\").").arg(m_limits.maxTotalSize).arg(name), name);
            return false;
        }
        if (zip.localOffset <= previousOffset || (i == 0 && zip.localOffset != 0)) {
            fail(ArchiveReader::tr("The zip entry \"%1\" is out of order or overlaps another one.").arg(name), name);
            return false;
        }
        previousOffset = zip.localOffset;
        m_entries.push_back(std::move(zip));
    }
    if (position != directory.size()) {
        fail(ArchiveReader::tr("The zip archive's central directory has data after its last entry."));
        return false;
    }
    if (!m_file.seek(0)) {
        fail(ArchiveReader::tr("Could not read \"%1\": %2.").arg(m_fileName, m_file.errorString()));
        return false;
    }
    m_index = 0;
    return true;
}

bool ZipArchiveReader::startEntry()
{
    const Entry &zip = m_entries.at(m_index);
    const QString &name = zip.entry.path;
    if (m_file.pos() != zip.localOffset) {
        fail(ArchiveReader::tr("The zip entry \"%1\" does not start where the previous one ends (hidden or overlapping data).").arg(name), name);
        return false;
    }
    const QByteArray header = m_file.read(30);
    if (header.size() != 30 || le32(header, 0) != 0x04034b50) {
        fail(ArchiveReader::tr("The zip entry \"%1\" has no valid local header.").arg(name), name);
        return false;
    }
    const quint16 flags = le16(header, 6);
    const quint16 method = le16(header, 8);
    const quint32 crc = le32(header, 14);
    const quint32 compressedSize = le32(header, 18);
    const quint32 uncompressedSize = le32(header, 22);
    const quint16 nameLength = le16(header, 26);
    const quint16 extraLength = le16(header, 28);
    const QByteArray localName = m_file.read(nameLength);
    const QByteArray extra = m_file.read(extraLength);
    if (localName.size() != nameLength || extra.size() != extraLength) {
        fail(ArchiveReader::tr("The zip entry \"%1\" has a truncated local header.").arg(name), name);
        return false;
    }
    if (localName != zip.rawName) {
        fail(ArchiveReader::tr("The zip entry \"%1\" has another name (\"%2\") in its local header.").arg(name, ArchivePath::printable(localName)), name);
        return false;
    }
    if (flags != zip.flags || method != zip.method) {
        fail(ArchiveReader::tr("The zip entry \"%1\" has other flags or another method in its local header.").arg(name), name);
        return false;
    }
    const bool descriptor = flags & 0x0008;
    const bool sizesMatch = crc == zip.crc && compressedSize == zip.compressedSize && uncompressedSize == zip.entry.size;
    const bool sizesDeferred = descriptor && crc == 0 && compressedSize == 0 && uncompressedSize == 0;
    if (!sizesMatch && !sizesDeferred) {
        fail(ArchiveReader::tr("The zip entry \"%1\" has other sizes or another CRC in its local header.").arg(name), name);
        return false;
    }
    if (const QString problem = checkExtraFields(extra, name); !problem.isEmpty()) {
        fail(problem, name);
        return false;
    }
    m_compressedLeft = zip.compressedSize;
    m_uncompressedLeft = zip.entry.size;
    m_crc = quint32(crc32(0, nullptr, 0));
    m_streamEnded = false;
    m_input.clear();
    if (zip.method == 8) {
        m_inflate.reset(new z_stream_s{});
        if (inflateInit2(m_inflate.get(), -MAX_WBITS) != Z_OK) {
            fail(ArchiveReader::tr("Could not start decompressing the zip entry \"%1\".").arg(name), name);
            return false;
        }
    } else {
        m_inflate.reset();
    }
    m_inEntry = true;
    push(Token::EntryStarted, zip.entry);
    return true;
}

bool ZipArchiveReader::readEntryData(QByteArray *output)
{
    const Entry &zip = m_entries.at(m_index);
    const QString &name = zip.entry.path;
    if (zip.method == 0) {
        *output = m_file.read(std::min<qint64>(chunkSize, m_compressedLeft));
        if (output->size() != std::min<qint64>(chunkSize, m_compressedLeft)) {
            fail(ArchiveReader::tr("The zip archive is truncated in the entry \"%1\".").arg(name), name);
            return false;
        }
        m_compressedLeft -= output->size();
        m_uncompressedLeft -= output->size();
        return true;
    }
    // One more byte of room than declared, to notice an entry that inflates beyond its size.
    output->resize(qsizetype(std::min<qint64>(chunkSize, m_uncompressedLeft + 1)));
    z_stream_s *stream = m_inflate.get();
    stream->next_out = reinterpret_cast<Bytef *>(output->data());
    stream->avail_out = uInt(output->size());
    while (stream->avail_out > 0 && !m_streamEnded) {
        if (stream->avail_in == 0) {
            if (m_compressedLeft == 0) {
                fail(ArchiveReader::tr("The zip entry \"%1\" has truncated compressed data.").arg(name), name);
                return false;
            }
            m_input = m_file.read(std::min<qint64>(inputChunk, m_compressedLeft));
            if (m_input.isEmpty()) {
                fail(ArchiveReader::tr("The zip archive is truncated in the entry \"%1\".").arg(name), name);
                return false;
            }
            m_compressedLeft -= m_input.size();
            stream->next_in = reinterpret_cast<Bytef *>(m_input.data());
            stream->avail_in = uInt(m_input.size());
        }
        const int result = inflate(stream, Z_NO_FLUSH);
        if (result == Z_STREAM_END) {
            m_streamEnded = true;
        } else if (result != Z_OK && !(result == Z_BUF_ERROR && stream->avail_in == 0)) {
            fail(ArchiveReader::tr("The zip entry \"%1\" has damaged compressed data.").arg(name), name);
            return false;
        }
    }
    output->resize(output->size() - stream->avail_out);
    if (output->size() > m_uncompressedLeft) {
        fail(ArchiveReader::tr("The zip entry \"%1\" holds more data than its declared size.").arg(name), name);
        return false;
    }
    m_uncompressedLeft -= output->size();
    if (m_streamEnded && (stream->avail_in != 0 || m_compressedLeft != 0)) {
        fail(ArchiveReader::tr("The zip entry \"%1\" has data after its compressed stream.").arg(name), name);
        return false;
    }
    if (m_streamEnded && m_uncompressedLeft != 0) {
        fail(ArchiveReader::tr("The zip entry \"%1\" holds less data than its declared size.").arg(name), name);
        return false;
    }
    return true;
}

bool ZipArchiveReader::finishEntry()
{
    const Entry &zip = m_entries.at(m_index);
    const QString &name = zip.entry.path;
    if (m_crc != zip.crc) {
        fail(ArchiveReader::tr("The zip entry \"%1\" is damaged: its CRC-32 does not match.").arg(name), name);
        return false;
    }
    if (zip.flags & 0x0008) {
        // Data descriptor, with or without its signature.
        QByteArray descriptor = m_file.peek(16);
        const bool signature = descriptor.size() >= 4 && le32(descriptor, 0) == 0x08074b50;
        const qsizetype length = signature ? 16 : 12;
        descriptor = m_file.read(length);
        const qsizetype at = signature ? 4 : 0;
        if (descriptor.size() != length || le32(descriptor, at) != zip.crc || le32(descriptor, at + 4) != zip.compressedSize ||
            le32(descriptor, at + 8) != zip.entry.size) {
            fail(ArchiveReader::tr("The zip entry \"%1\" has a data descriptor that does not match its central directory record.").arg(name), name);
            return false;
        }
    }
    m_inflate.reset();
    m_inEntry = false;
    ++m_index;
    push(Token::EntryFinished);
    return true;
}

bool ZipArchiveReader::step()
{
    if (m_index < 0) {
        return false;
    }
    if (!m_inEntry) {
        if (m_index == qsizetype(m_entries.size())) {
            if (m_file.pos() != m_centralOffset) {
                fail(ArchiveReader::tr("The zip archive has hidden data before its central directory."));
                return false;
            }
            setEnded();
            return true;
        }
        return startEntry();
    }
    const Entry &zip = m_entries.at(m_index);
    QByteArray output;
    if (!readEntryData(&output)) {
        return false;
    }
    m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(output.constData()), uInt(output.size())));
    const qint64 produced = output.size();
    if (produced > 0) {
        push(Token::Data, {}, std::move(output));
    }
    if (!countUncompressed(produced, zip.entry.path)) {
        return false;
    }
    const bool complete = zip.method == 0 ? m_compressedLeft == 0 : m_streamEnded;
    return !complete || finishEntry();
}

} // namespace Stasis
