// SPDX-License-Identifier: GPL-2.0-or-later
#include "archivereader.h"

#include "archivepath.h"

#include <KCompressionDevice>

#include <QCoreApplication>
#include <QTimeZone>

#include <zlib.h>

namespace Stasis
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("Stasis::ArchiveReader", text);
}

constexpr qint64 maxZipCentralDirectory = 16 * 1024 * 1024;
constexpr qint64 maxEndOfCentralDirectory = 22 + 65535;
constexpr qint64 maxBytesAfterTarEnd = 1024 * 1024;
constexpr qsizetype zipInputChunk = 64 * 1024;

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
            return tr("The zip entry \"%1\" has malformed extra fields.").arg(entry);
        }
        const quint16 id = le16(extra, at);
        if (id == 0x0001) {
            return tr("The zip entry \"%1\" uses zip64, which is not supported.").arg(entry);
        }
        if (id == 0x7075) {
            return tr("The zip entry \"%1\" has a second (Unicode path) name, which is not allowed.").arg(entry);
        }
        at += 4 + le16(extra, at + 2);
    }
    return {};
}

} // namespace

struct ArchiveReader::Event {
    Token token;
    TarEntry entry;
    QByteArray data;
};

struct ArchiveReader::ZipEntry {
    QByteArray rawName;
    TarEntry entry;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 crc = 0;
    qint64 compressedSize = 0;
    qint64 localOffset = 0;
};

/// Turns TarStreamReader's callbacks into queued events.
class ArchiveReader::TarQueue final : public TarStreamReader::Handler
{
public:
    explicit TarQueue(ArchiveReader *reader)
        : m_reader(reader)
    {
    }
    bool entryStarted(const TarEntry &entry) override
    {
        m_reader->push({Token::EntryStarted, entry, {}});
        return true;
    }
    bool entryData(QByteArrayView chunk) override
    {
        m_reader->push({Token::Data, {}, chunk.toByteArray()});
        return true;
    }
    bool entryFinished() override
    {
        m_reader->push({Token::EntryFinished, {}, {}});
        return true;
    }

private:
    ArchiveReader *m_reader;
};

void ArchiveReader::InflateDeleter::operator()(z_stream_s *stream) const
{
    inflateEnd(stream);
    delete stream;
}

ArchiveReader::ArchiveReader(const QString &fileName, ArchiveFormat format, const ArchiveLimits &limits)
    : m_fileName(fileName)
    , m_format(format)
    , m_limits(limits)
    , m_file(fileName)
{
}

ArchiveReader::~ArchiveReader() = default;

void ArchiveReader::push(Event event)
{
    m_events.push_back(std::move(event));
}

ArchiveReader::Token ArchiveReader::readNext()
{
    m_data.clear();
    if (!m_opened && !m_failed) {
        m_opened = true;
        open();
    }
    while (m_events.empty() && !m_failed && !m_ended) {
        if (ArchiveFormats::isTar(m_format)) {
            readTarChunk();
        } else {
            readZipStep();
        }
    }
    if (m_failed) {
        m_events.clear();
        return Token::Invalid;
    }
    if (m_events.empty()) {
        return Token::End;
    }
    Event event = std::move(m_events.front());
    m_events.pop_front();
    if (event.token == Token::EntryStarted) {
        m_entry = std::move(event.entry);
    }
    m_data = std::move(event.data);
    return event.token;
}

const TarEntry &ArchiveReader::entry() const
{
    return m_entry;
}

QByteArrayView ArchiveReader::data() const
{
    return m_data;
}

void ArchiveReader::fail(const QString &message, const QString &entry)
{
    if (m_failed) {
        return;
    }
    m_failed = true;
    m_error = message;
    m_offendingEntry = entry;
}

QString ArchiveReader::errorString() const
{
    return m_error;
}

QString ArchiveReader::offendingEntry() const
{
    return m_offendingEntry;
}

qint64 ArchiveReader::fileSize() const
{
    return m_file.size();
}

qint64 ArchiveReader::compressedBytesRead() const
{
    return m_file.isOpen() ? m_file.pos() : 0;
}

qint64 ArchiveReader::uncompressedBytesRead() const
{
    return m_uncompressed;
}

bool ArchiveReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(tr("Could not open \"%1\": %2.").arg(m_fileName, m_file.errorString()));
        return false;
    }
    if (!ArchiveFormats::isTar(m_format)) {
        return openZip();
    }
    m_decompressor = std::make_unique<KCompressionDevice>(&m_file, false, ArchiveFormats::compression(m_format));
    if (!m_decompressor->open(QIODevice::ReadOnly)) {
        fail(tr("Could not read \"%1\" as %2: %3.").arg(m_fileName, ArchiveFormats::name(m_format), m_decompressor->errorString()));
        return false;
    }
    m_tarQueue = std::make_unique<TarQueue>(this);
    m_tar = std::make_unique<TarStreamReader>(m_tarQueue.get(), m_limits.tarLimits());
    return true;
}

bool ArchiveReader::checkRatio()
{
    const double allowed = m_limits.maxCompressionRatio * double(std::max<qint64>(1, compressedBytesRead()));
    if (m_uncompressed > ArchiveLimits::ratioGrace && double(m_uncompressed) > allowed) {
        const QString entry = m_tar ? m_tar->currentEntry() : m_entry.path;
        fail(tr("The archive expands more than %1 times (at \"%2\"); it looks like a decompression bomb.").arg(m_limits.maxCompressionRatio).arg(entry), entry);
        return false;
    }
    return true;
}

bool ArchiveReader::readTarChunk()
{
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    const qint64 count = m_decompressor->read(buffer.data(), buffer.size());
    const QString entry = m_tar->currentEntry();
    if (count < 0) {
        fail(entry.isEmpty() ? tr("The archive's compressed data is damaged before its first entry.")
                             : tr("The archive's compressed data is damaged (in or after \"%1\").").arg(entry),
             entry);
        return false;
    }
    if (count == 0) {
        if (!m_decompressor->atEnd()) {
            fail(entry.isEmpty() ? tr("The archive's compressed data is truncated before its first entry.")
                                 : tr("The archive's compressed data is truncated (in or after \"%1\").").arg(entry),
                 entry);
            return false;
        }
        if (!m_tar->finish()) {
            fail(m_tar->errorString(), m_tar->offendingEntry());
            return false;
        }
        m_ended = true;
        return true;
    }
    m_uncompressed += count;
    if (m_tar->atEnd()) {
        m_afterEnd += count;
        if (m_afterEnd > maxBytesAfterTarEnd) {
            fail(tr("The archive has more than 1 MiB of padding after its end."));
            return false;
        }
    }
    if (!m_tar->feed(QByteArrayView(buffer).first(count))) {
        fail(m_tar->errorString(), m_tar->offendingEntry());
        return false;
    }
    return checkRatio();
}

bool ArchiveReader::openZip()
{
    const qint64 size = m_file.size();
    const qint64 tailSize = std::min(size, maxEndOfCentralDirectory);
    if (tailSize < 22 || !m_file.seek(size - tailSize)) {
        fail(tr("The zip archive is truncated: it has no end of central directory."));
        return false;
    }
    const QByteArray tail = m_file.read(tailSize);
    if (tail.size() != tailSize) {
        fail(tr("Could not read \"%1\": %2.").arg(m_fileName, m_file.errorString()));
        return false;
    }
    // The end record whose comment reaches exactly to the end of the file.
    qsizetype at = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        if (le32(tail, i) == 0x06054b50 && i + 22 + le16(tail, i + 20) == tail.size()) {
            at = i;
            break;
        }
    }
    if (at < 0) {
        fail(tr("The zip archive is truncated or damaged: it has no end of central directory."));
        return false;
    }
    const QByteArrayView end = QByteArrayView(tail).sliced(at, 22);
    const quint16 entriesHere = le16(end, 8);
    const quint16 entries = le16(end, 10);
    const quint32 directorySize = le32(end, 12);
    const quint32 directoryOffset = le32(end, 16);
    const qint64 endOffset = size - tailSize + at;
    if (entries == 0xffff || directorySize == 0xffffffff || directoryOffset == 0xffffffff) {
        fail(tr("The zip archive uses zip64, which is not supported."));
        return false;
    }
    if (le16(end, 4) != 0 || le16(end, 6) != 0 || entriesHere != entries) {
        fail(tr("The zip archive spans several disks, which is not supported."));
        return false;
    }
    if (entries > m_limits.maxEntries) {
        fail(tr("The archive has more than %1 entries (%2).").arg(m_limits.maxEntries).arg(entries));
        return false;
    }
    if (qint64(directoryOffset) + directorySize != endOffset || directorySize > maxZipCentralDirectory) {
        fail(tr("The zip archive's central directory is damaged (it does not end where the end record starts)."));
        return false;
    }
    m_zipCentralOffset = directoryOffset;
    if (!m_file.seek(directoryOffset)) {
        fail(tr("Could not read \"%1\": %2.").arg(m_fileName, m_file.errorString()));
        return false;
    }
    const QByteArray directory = m_file.read(directorySize);
    if (directory.size() != qsizetype(directorySize)) {
        fail(tr("The zip archive's central directory is truncated."));
        return false;
    }
    qsizetype position = 0;
    qint64 total = 0;
    qint64 previousOffset = -1;
    for (int i = 0; i < entries; ++i) {
        if (directory.size() - position < 46 || le32(directory, position) != 0x02014b50) {
            fail(tr("The zip archive's central directory is damaged (entry %1).").arg(i + 1));
            return false;
        }
        const QByteArrayView record = QByteArrayView(directory).sliced(position);
        const quint16 nameLength = le16(record, 28);
        const quint16 extraLength = le16(record, 30);
        const quint16 commentLength = le16(record, 32);
        if (record.size() < 46 + nameLength + extraLength + commentLength) {
            fail(tr("The zip archive's central directory is damaged (entry %1).").arg(i + 1));
            return false;
        }
        ZipEntry zip;
        zip.rawName = record.sliced(46, nameLength).toByteArray();
        const QString shown = ArchivePath::printable(zip.rawName);
        const quint16 madeBy = le16(record, 4);
        zip.flags = le16(record, 8);
        zip.method = le16(record, 10);
        zip.entry.modified = dosTime(le16(record, 14), le16(record, 12));
        zip.crc = le32(record, 16);
        zip.compressedSize = le32(record, 20);
        const quint32 uncompressedSize = le32(record, 24);
        const quint16 disk = le16(record, 34);
        const quint32 external = le32(record, 38);
        zip.localOffset = le32(record, 42);
        position += 46 + nameLength + extraLength + commentLength;

        if (zip.compressedSize == 0xffffffff || uncompressedSize == 0xffffffff || zip.localOffset == 0xffffffff || disk == 0xffff) {
            fail(tr("The zip entry \"%1\" uses zip64, which is not supported.").arg(shown), shown);
            return false;
        }
        if (const QString problem = checkExtraFields(record.sliced(46 + nameLength, extraLength), shown); !problem.isEmpty()) {
            fail(problem, shown);
            return false;
        }
        if (zip.flags & (0x0001 | 0x0040 | 0x2000)) {
            fail(tr("The zip entry \"%1\" is encrypted.").arg(shown), shown);
            return false;
        }
        if (zip.method != 0 && zip.method != 8) {
            fail(tr("The zip entry \"%1\" uses compression method %2; only stored and deflated entries are supported.").arg(shown).arg(zip.method), shown);
            return false;
        }
        if (disk != 0) {
            fail(tr("The zip entry \"%1\" lies on another disk.").arg(shown), shown);
            return false;
        }
        const std::expected<QString, QString> path = ArchivePath::validate(zip.rawName, m_limits.maxPathBytes, m_limits.maxDepth);
        if (!path) {
            fail(path.error(), shown);
            return false;
        }
        zip.entry.path = *path;
        const bool slash = zip.rawName.endsWith('/');
        bool directoryEntry = slash || (external & 0x10);
        int mode = directoryEntry ? 0755 : 0644;
        if ((madeBy >> 8) == 3) { // Unix: the mode in the high 16 bits
            const quint32 unixMode = external >> 16;
            const quint32 type = unixMode & 0170000;
            if (type == 0120000) {
                fail(tr("The zip entry \"%1\" is a symbolic link; only regular files and folders are allowed.").arg(zip.entry.path), zip.entry.path);
                return false;
            }
            if (type != 0 && type != 0100000 && type != 040000) {
                fail(tr("The zip entry \"%1\" is a special file; only regular files and folders are allowed.").arg(zip.entry.path), zip.entry.path);
                return false;
            }
            if ((type == 040000) != directoryEntry && type != 0) {
                fail(tr("The zip entry \"%1\" is marked both as a file and as a folder.").arg(zip.entry.path), zip.entry.path);
                return false;
            }
            if (unixMode & 07777) {
                mode = int(unixMode & 07777);
            }
        }
        if (directoryEntry != slash) {
            fail(tr("The zip entry \"%1\" is a folder whose name does not end with '/' (or the reverse).").arg(zip.entry.path), zip.entry.path);
            return false;
        }
        zip.entry.type = directoryEntry ? TarEntry::Type::Directory : TarEntry::Type::File;
        zip.entry.mode = mode;
        zip.entry.size = uncompressedSize;
        if (directoryEntry && (uncompressedSize != 0 || zip.compressedSize != 0)) {
            fail(tr("The zip entry \"%1\" is a folder with a size.").arg(zip.entry.path), zip.entry.path);
            return false;
        }
        if (zip.method == 0 && zip.compressedSize != uncompressedSize) {
            fail(tr("The zip entry \"%1\" is stored with two different sizes.").arg(zip.entry.path), zip.entry.path);
            return false;
        }
        if (zip.entry.size > m_limits.maxFileSize) {
            fail(tr("The archive entry \"%1\" is larger than the limit of %2 bytes.").arg(zip.entry.path).arg(m_limits.maxFileSize), zip.entry.path);
            return false;
        }
        total += zip.entry.size;
        if (total > m_limits.maxTotalSize) {
            fail(tr("The archive's content exceeds the limit of %1 bytes (at \"%2\").").arg(m_limits.maxTotalSize).arg(zip.entry.path), zip.entry.path);
            return false;
        }
        if (zip.localOffset <= previousOffset || (i == 0 && zip.localOffset != 0)) {
            fail(tr("The zip entry \"%1\" is out of order or overlaps another one.").arg(zip.entry.path), zip.entry.path);
            return false;
        }
        previousOffset = zip.localOffset;
        m_zipEntries.push_back(std::move(zip));
    }
    if (position != directory.size()) {
        fail(tr("The zip archive's central directory has data after its last entry."));
        return false;
    }
    if (!m_file.seek(0)) {
        fail(tr("Could not read \"%1\": %2.").arg(m_fileName, m_file.errorString()));
        return false;
    }
    m_zipIndex = 0;
    return true;
}

bool ArchiveReader::startZipEntry()
{
    const ZipEntry &zip = m_zipEntries.at(m_zipIndex);
    const QString &name = zip.entry.path;
    if (m_file.pos() != zip.localOffset) {
        fail(tr("The zip entry \"%1\" does not start where the previous one ends (hidden or overlapping data).").arg(name), name);
        return false;
    }
    const QByteArray header = m_file.read(30);
    if (header.size() != 30 || le32(header, 0) != 0x04034b50) {
        fail(tr("The zip entry \"%1\" has no valid local header.").arg(name), name);
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
        fail(tr("The zip entry \"%1\" has a truncated local header.").arg(name), name);
        return false;
    }
    if (localName != zip.rawName) {
        fail(tr("The zip entry \"%1\" has another name (\"%2\") in its local header.").arg(name, ArchivePath::printable(localName)), name);
        return false;
    }
    if (flags != zip.flags || method != zip.method) {
        fail(tr("The zip entry \"%1\" has other flags or another method in its local header.").arg(name), name);
        return false;
    }
    const bool descriptor = flags & 0x0008;
    const bool sizesMatch = crc == zip.crc && compressedSize == zip.compressedSize && uncompressedSize == zip.entry.size;
    const bool sizesDeferred = descriptor && crc == 0 && compressedSize == 0 && uncompressedSize == 0;
    if (!sizesMatch && !sizesDeferred) {
        fail(tr("The zip entry \"%1\" has other sizes or another CRC in its local header.").arg(name), name);
        return false;
    }
    if (const QString problem = checkExtraFields(extra, name); !problem.isEmpty()) {
        fail(problem, name);
        return false;
    }
    m_zipCompressedLeft = zip.compressedSize;
    m_zipUncompressedLeft = zip.entry.size;
    m_zipCrc = quint32(crc32(0, nullptr, 0));
    m_zipStreamEnded = false;
    m_zipInput.clear();
    if (zip.method == 8) {
        m_inflate.reset(new z_stream_s{});
        if (inflateInit2(m_inflate.get(), -MAX_WBITS) != Z_OK) {
            fail(tr("Could not start decompressing the zip entry \"%1\".").arg(name), name);
            return false;
        }
    } else {
        m_inflate.reset();
    }
    m_zipInEntry = true;
    push({Token::EntryStarted, zip.entry, {}});
    return true;
}

bool ArchiveReader::readZipStep()
{
    if (m_zipIndex < 0) {
        return false;
    }
    if (!m_zipInEntry) {
        if (m_zipIndex == qsizetype(m_zipEntries.size())) {
            if (m_file.pos() != m_zipCentralOffset) {
                fail(tr("The zip archive has hidden data before its central directory."));
                return false;
            }
            m_ended = true;
            return true;
        }
        return startZipEntry();
    }
    const ZipEntry &zip = m_zipEntries.at(m_zipIndex);
    const QString &name = zip.entry.path;
    QByteArray output;
    if (zip.method == 0) {
        output = m_file.read(std::min<qint64>(chunkSize, m_zipCompressedLeft));
        if (output.size() != std::min<qint64>(chunkSize, m_zipCompressedLeft)) {
            fail(tr("The zip archive is truncated in the entry \"%1\".").arg(name), name);
            return false;
        }
        m_zipCompressedLeft -= output.size();
        m_zipUncompressedLeft -= output.size();
    } else {
        // One more byte of room than declared, to notice an entry that inflates beyond its size.
        output.resize(qsizetype(std::min<qint64>(chunkSize, m_zipUncompressedLeft + 1)));
        z_stream_s *stream = m_inflate.get();
        stream->next_out = reinterpret_cast<Bytef *>(output.data());
        stream->avail_out = uInt(output.size());
        while (stream->avail_out > 0 && !m_zipStreamEnded) {
            if (stream->avail_in == 0) {
                if (m_zipCompressedLeft == 0) {
                    fail(tr("The zip entry \"%1\" has truncated compressed data.").arg(name), name);
                    return false;
                }
                m_zipInput = m_file.read(std::min<qint64>(zipInputChunk, m_zipCompressedLeft));
                if (m_zipInput.isEmpty()) {
                    fail(tr("The zip archive is truncated in the entry \"%1\".").arg(name), name);
                    return false;
                }
                m_zipCompressedLeft -= m_zipInput.size();
                stream->next_in = reinterpret_cast<Bytef *>(m_zipInput.data());
                stream->avail_in = uInt(m_zipInput.size());
            }
            const int result = inflate(stream, Z_NO_FLUSH);
            if (result == Z_STREAM_END) {
                m_zipStreamEnded = true;
            } else if (result != Z_OK && !(result == Z_BUF_ERROR && stream->avail_in == 0)) {
                fail(tr("The zip entry \"%1\" has damaged compressed data.").arg(name), name);
                return false;
            }
        }
        output.resize(output.size() - stream->avail_out);
        if (output.size() > m_zipUncompressedLeft) {
            fail(tr("The zip entry \"%1\" holds more data than its declared size.").arg(name), name);
            return false;
        }
        m_zipUncompressedLeft -= output.size();
        if (m_zipStreamEnded && (stream->avail_in != 0 || m_zipCompressedLeft != 0)) {
            fail(tr("The zip entry \"%1\" has data after its compressed stream.").arg(name), name);
            return false;
        }
        if (m_zipStreamEnded && m_zipUncompressedLeft != 0) {
            fail(tr("The zip entry \"%1\" holds less data than its declared size.").arg(name), name);
            return false;
        }
    }
    m_uncompressed += output.size();
    m_zipCrc = quint32(crc32(m_zipCrc, reinterpret_cast<const Bytef *>(output.constData()), uInt(output.size())));
    if (!output.isEmpty()) {
        push({Token::Data, {}, std::move(output)});
    }
    if (!checkRatio()) {
        return false;
    }
    const bool complete = zip.method == 0 ? m_zipCompressedLeft == 0 : m_zipStreamEnded;
    if (!complete) {
        return true;
    }
    if (m_zipCrc != zip.crc) {
        fail(tr("The zip entry \"%1\" is damaged: its CRC-32 does not match.").arg(name), name);
        return false;
    }
    if (zip.flags & 0x0008) {
        // Data descriptor, with or without its signature.
        QByteArray descriptor = m_file.peek(16);
        const bool signature = descriptor.size() >= 4 && le32(descriptor, 0) == 0x08074b50;
        const qsizetype length = signature ? 16 : 12;
        descriptor = m_file.read(length);
        const qsizetype at = signature ? 4 : 0;
        if (descriptor.size() != length || le32(descriptor, at) != zip.crc || le32(descriptor, at + 4) != zip.compressedSize
            || le32(descriptor, at + 8) != zip.entry.size) {
            fail(tr("The zip entry \"%1\" has a data descriptor that does not match its central directory record.").arg(name), name);
            return false;
        }
    }
    m_inflate.reset();
    m_zipInEntry = false;
    ++m_zipIndex;
    push({Token::EntryFinished, {}, {}});
    return true;
}

} // namespace Stasis
