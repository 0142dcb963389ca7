// SPDX-License-Identifier: GPL-2.0-or-later
#include "tarstreamreader.h"

#include "archivepath.h"
#include "filesystemtarwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTimeZone>

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>

namespace Stasis
{

namespace
{

// Field offsets and widths of a ustar header.
struct Field {
    qsizetype offset;
    qsizetype width;
};
constexpr Field nameField{0, 100};
constexpr Field modeField{100, 8};
constexpr Field uidField{108, 8};
constexpr Field gidField{116, 8};
constexpr Field sizeField{124, 12};
constexpr Field mtimeField{136, 12};
constexpr Field checksumField{148, 8};
constexpr qsizetype typeOffset = 156;
constexpr Field linkNameField{157, 100};
constexpr Field magicField{257, 8};
constexpr Field prefixField{345, 155};
// GNU headers keep atime, ctime, sparse maps and more where ustar has its prefix.
constexpr Field gnuExtensionField{345, 155};

QByteArrayView field(const QByteArray &header, Field f)
{
    return QByteArrayView(header).sliced(f.offset, f.width);
}

bool isAllZero(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) {
        return c == '\0';
    });
}

/// The bytes of a NUL-terminated string field. When something follows the
/// first NUL, the result keeps it (with the NUL) so that the name check
/// refuses it instead of silently cutting the name short.
QByteArrayView stringField(QByteArrayView bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    if (nul < 0 || isAllZero(bytes.sliced(nul))) {
        return nul < 0 ? bytes : bytes.first(nul);
    }
    qsizetype end = bytes.size();
    while (end > 0 && bytes[end - 1] == '\0') {
        --end;
    }
    return bytes.first(end);
}

/// A numeric header field: octal digits (leading spaces, then NUL or space
/// terminated), or GNU's base-256 form with the high bit of the first byte set.
struct Number {
    bool valid = false;
    bool tooLarge = false;
    qint64 value = 0;
};

Number parseNumber(QByteArrayView bytes, bool allowNegative = false)
{
    Number number;
    const auto first = static_cast<unsigned char>(bytes[0]);
    if (first & 0x80) {
        const bool negative = first & 0x40;
        if (negative && !allowNegative) {
            return number;
        }
        // Two's complement, big endian, over the field's remaining bits.
        quint64 magnitude = 0;
        unsigned char top = negative ? static_cast<unsigned char>(~first & 0x7f) : static_cast<unsigned char>(first & 0x7f);
        magnitude = top;
        for (qsizetype i = 1; i < bytes.size(); ++i) {
            const auto byte = static_cast<unsigned char>(negative ? ~static_cast<unsigned char>(bytes[i]) : static_cast<unsigned char>(bytes[i]));
            if (magnitude > (std::numeric_limits<quint64>::max() >> 8)) {
                number.valid = true;
                number.tooLarge = true;
                return number;
            }
            magnitude = (magnitude << 8) | byte;
        }
        if (magnitude > quint64(std::numeric_limits<qint64>::max())) {
            number.valid = true;
            number.tooLarge = true;
            return number;
        }
        number.valid = true;
        number.value = negative ? -qint64(magnitude) - 1 : qint64(magnitude);
        return number;
    }
    qsizetype i = 0;
    while (i < bytes.size() && bytes[i] == ' ') {
        ++i;
    }
    quint64 value = 0;
    qsizetype digits = 0;
    for (; i < bytes.size() && bytes[i] >= '0' && bytes[i] <= '7'; ++i, ++digits) {
        value = value * 8 + quint64(bytes[i] - '0');
    }
    for (; i < bytes.size(); ++i) {
        if (bytes[i] != ' ' && bytes[i] != '\0') {
            return number;
        }
    }
    // Twelve octal digits cannot overflow 64 bits.
    number.valid = digits > 0 || isAllZero(bytes);
    number.value = qint64(value);
    return number;
}

QString typeDescription(char type)
{
    switch (type) {
    case '1':
        return TarStreamReader::tr("a hard link");
    case '2':
        return TarStreamReader::tr("a symbolic link");
    case '3':
        return TarStreamReader::tr("a character device");
    case '4':
        return TarStreamReader::tr("a block device");
    case '6':
        return TarStreamReader::tr("a FIFO");
    case '7':
        return TarStreamReader::tr("a contiguous file");
    case 'x':
        return TarStreamReader::tr("a pax extended header");
    case 'g':
        return TarStreamReader::tr("a pax global header");
    case 'L':
        return TarStreamReader::tr("a GNU long name header");
    case 'K':
        return TarStreamReader::tr("a GNU long link name header");
    case 'S':
        return TarStreamReader::tr("a GNU sparse file");
    case 'D':
        return TarStreamReader::tr("a GNU dump folder");
    case 'M':
        return TarStreamReader::tr("a GNU multi-volume continuation");
    case 'V':
        return TarStreamReader::tr("a GNU volume label");
    default:
        break;
    }
    if (type > 0x20 && type < 0x7f) {
        return TarStreamReader::tr("an entry of unknown type '%1'").arg(QLatin1Char(type));
    }
    return TarStreamReader::tr("an entry of unknown type %1").arg(int(static_cast<unsigned char>(type)));
}

bool isExtendedAttribute(QByteArrayView key)
{
    return key.startsWith("SCHILY.xattr.") || key.startsWith("LIBARCHIVE.xattr.") || key.startsWith("SCHILY.acl.") || key.startsWith("RHT.security.");
}

constexpr qint64 maxId = std::numeric_limits<qint32>::max();

} // namespace

TarStreamReader::PathDigest TarStreamReader::PathDigest::of(const QString &path)
{
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256);
    PathDigest digest;
    std::memcpy(&digest.high, hash.constData(), sizeof digest.high);
    std::memcpy(&digest.low, hash.constData() + sizeof digest.high, sizeof digest.low);
    return digest;
}

TarStreamReader::TarStreamReader(Handler *handler, const ArchiveLimits &limits, Content content)
    : m_handler(handler)
    , m_limits(limits)
    , m_content(content)
{
    m_header.reserve(blockSize);
}

bool TarStreamReader::feed(QByteArrayView bytes)
{
    while (!hasFailed() && !bytes.isEmpty()) {
        switch (m_state) {
        case State::Header:
        case State::SecondEndBlock: {
            const qsizetype take = std::min(bytes.size(), blockSize - m_header.size());
            m_header.append(bytes.first(take));
            bytes = bytes.sliced(take);
            m_consumed += take;
            if (m_header.size() == blockSize) {
                parseHeader();
                m_header.clear();
            }
            break;
        }
        case State::PaxData: {
            const qsizetype take = qsizetype(std::min<qint64>(bytes.size(), m_remaining));
            m_pending.append(bytes.first(take));
            bytes = bytes.sliced(take);
            m_consumed += take;
            m_remaining -= take;
            if (m_remaining == 0 && parsePaxRecords()) {
                m_state = State::Header;
            }
            break;
        }
        case State::Data: {
            const qsizetype take = qsizetype(std::min<qint64>(bytes.size(), m_remaining));
            const QByteArrayView chunk = bytes.first(take);
            bytes = bytes.sliced(take);
            m_consumed += take;
            m_remaining -= take;
            if (!m_handler->entryData(chunk)) {
                if (!hasFailed()) {
                    fail(tr("Reading the archive entry \"%1\" stopped.").arg(m_entryName), m_entryName);
                }
                break;
            }
            if (m_remaining == 0) {
                finishEntry();
            }
            break;
        }
        case State::Padding: {
            const qsizetype take = qsizetype(std::min<qint64>(bytes.size(), m_padding));
            bytes = bytes.sliced(take);
            m_consumed += take;
            m_padding -= take;
            if (m_padding == 0) {
                m_state = State::Header;
            }
            break;
        }
        case State::End: {
            if (!isAllZero(bytes)) {
                fail(tr("The archive has data after its end blocks."));
                break;
            }
            m_consumed += bytes.size();
            bytes = {};
            break;
        }
        }
    }
    return !hasFailed();
}

bool TarStreamReader::parseHeader()
{
    const QByteArray &header = m_header;
    if (isAllZero(header)) {
        if (!m_pending.isEmpty()) {
            fail(tr("The archive entry \"%1\" is a pax extended header that no entry follows.").arg(m_entryName), m_entryName);
            return false;
        }
        if (m_state == State::SecondEndBlock) {
            m_state = State::End;
        } else {
            m_state = State::SecondEndBlock;
        }
        return true;
    }
    if (m_state == State::SecondEndBlock) {
        fail(tr("The archive has a single zero block followed by more entries (after \"%1\").").arg(m_entryName), m_entryName);
        return false;
    }

    const QByteArrayView name = stringField(field(header, nameField));
    m_entryName = ArchivePath::printable(name);

    const Number checksum = parseNumber(field(header, checksumField));
    qint64 sum = 0;
    for (qsizetype i = 0; i < blockSize; ++i) {
        const bool inChecksum = i >= checksumField.offset && i < checksumField.offset + checksumField.width;
        sum += inChecksum ? ' ' : static_cast<unsigned char>(header[i]);
    }
    if (!checksum.valid || checksum.value != sum) {
        fail(tr("The archive entry \"%1\" has a damaged header (its checksum does not match).").arg(m_entryName), m_entryName);
        return false;
    }

    const QByteArrayView magic = field(header, magicField);
    const bool posix = magic ==
        QByteArrayView("ustar\0"
                       "00",
                       8);
    const bool gnu = magic == QByteArrayView("ustar  \0", 8);
    if (!posix && !gnu) {
        fail(tr("The archive entry \"%1\" does not have a ustar or GNU tar header.").arg(m_entryName), m_entryName);
        return false;
    }
    QByteArray raw = name.toByteArray();
    if (posix) {
        const QByteArrayView prefix = stringField(field(header, prefixField));
        if (!prefix.isEmpty()) {
            raw = prefix.toByteArray() + '/' + raw;
            m_entryName = ArchivePath::printable(raw);
        }
    } else if (!isAllZero(field(header, gnuExtensionField))) {
        fail(tr("The archive entry \"%1\" uses GNU header extensions (times, sparse maps or volumes), which are not supported.").arg(m_entryName), m_entryName);
        return false;
    }

    const bool fileSystem = m_content != Content::FilesAndFolders;
    const char typeFlag = header[typeOffset];
    if (fileSystem && typeFlag == 'x') {
        if (!m_pending.isEmpty()) {
            fail(tr("The archive entry \"%1\" has two pax extended headers.").arg(m_entryName), m_entryName);
            return false;
        }
        return startPaxHeader(header);
    }
    if (m_paxPath) {
        raw = *m_paxPath;
        m_entryName = ArchivePath::printable(raw);
    }
    TarEntry entry;
    if (typeFlag == '0' || typeFlag == '\0') {
        entry.type = TarEntry::Type::File;
    } else if (typeFlag == '5') {
        entry.type = TarEntry::Type::Directory;
    } else if (fileSystem && typeFlag == '2') {
        entry.type = TarEntry::Type::Symlink;
    } else if (fileSystem && typeFlag == '1') {
        entry.type = TarEntry::Type::HardLink;
    } else if (fileSystem) {
        fail(tr("The archive entry \"%1\" is %2; only regular files, folders, symbolic links and hard links are allowed.")
                 .arg(m_entryName, typeDescription(typeFlag)),
             m_entryName);
        return false;
    } else {
        fail(tr("The archive entry \"%1\" is %2; only regular files and folders are allowed.").arg(m_entryName, typeDescription(typeFlag)), m_entryName);
        return false;
    }
    const bool isLink = entry.type == TarEntry::Type::Symlink || entry.type == TarEntry::Type::HardLink;
    const QByteArray rawLink = isLink ? m_paxLinkPath.value_or(stringField(field(header, linkNameField)).toByteArray()) : QByteArray();
    if (!isLink && (!isAllZero(field(header, linkNameField)) || m_paxLinkPath)) {
        fail(fileSystem ? tr("The archive entry \"%1\" carries a link target but is not a link.").arg(m_entryName)
                        : tr("The archive entry \"%1\" carries a link target; only plain files and folders are allowed.").arg(m_entryName),
             m_entryName);
        return false;
    }

    const std::expected<QString, QString> path = fileSystem ? ArchivePath::validate(raw, m_limits.maxFileSystemPathBytes, m_limits.maxFileSystemDepth)
                                                            : ArchivePath::validate(raw, m_limits.maxPathBytes, m_limits.maxDepth);
    if (!path) {
        fail(path.error(), m_entryName);
        return false;
    }
    entry.path = *path;
    m_entryName = entry.path;
    if (entry.type == TarEntry::Type::File && raw.endsWith('/')) {
        fail(tr("The archive entry \"%1\" is a regular file whose name ends with '/'.").arg(m_entryName), m_entryName);
        return false;
    }

    const Number size = parseNumber(field(header, sizeField));
    if (!size.valid) {
        fail(tr("The archive entry \"%1\" has an invalid size.").arg(m_entryName), m_entryName);
        return false;
    }
    if (size.tooLarge || size.value > m_limits.maxFileSize) {
        fail(tr("The archive entry \"%1\" is larger than the limit of %2 bytes.").arg(m_entryName).arg(m_limits.maxFileSize), m_entryName);
        return false;
    }
    if (entry.type == TarEntry::Type::Directory && size.value != 0) {
        fail(tr("The archive entry \"%1\" is a folder with a size.").arg(m_entryName), m_entryName);
        return false;
    }
    if (isLink && size.value != 0) {
        fail(tr("The archive entry \"%1\" is a link with a size.").arg(m_entryName), m_entryName);
        return false;
    }
    const qint64 maxEntries = fileSystem ? m_limits.maxFileSystemEntries : m_limits.maxEntries;
    if (m_entries + 1 > maxEntries) {
        fail(tr("The archive has more than %1 entries (at \"%2\").").arg(maxEntries).arg(m_entryName), m_entryName);
        return false;
    }
    if (size.value > m_limits.maxTotalSize - m_total) {
        fail(tr("The archive's content exceeds the limit of %1 bytes (at \"%2\").").arg(m_limits.maxTotalSize).arg(m_entryName), m_entryName);
        return false;
    }
    entry.size = size.value;

    const Number mode = parseNumber(field(header, modeField));
    const Number modified = parseNumber(field(header, mtimeField), true);
    if (!mode.valid || !modified.valid || modified.tooLarge) {
        fail(tr("The archive entry \"%1\" has an invalid mode or modification time.").arg(m_entryName), m_entryName);
        return false;
    }
    entry.mode = int(mode.value & 07777);
    entry.modified = QDateTime::fromSecsSinceEpoch(modified.value, QTimeZone::UTC);

    if (fileSystem) {
        const Number uid = parseNumber(field(header, uidField));
        const Number gid = parseNumber(field(header, gidField));
        if (!uid.valid || !gid.valid || uid.tooLarge || gid.tooLarge || uid.value > maxId || gid.value > maxId) {
            fail(tr("The archive entry \"%1\" has an invalid owner (user and group ids go from 0 to %2).").arg(m_entryName).arg(maxId), m_entryName);
            return false;
        }
        entry.uid = uid.value;
        entry.gid = gid.value;
        const PathDigest digest = PathDigest::of(entry.path);
        if (!checkFileSystemEntry(entry, digest, rawLink)) {
            return false;
        }
        m_pending.append(header);
        if (m_content == Content::FileSystem && FileSystemTarWriter::header(entry) != m_pending) {
            fail(tr("The archive entry \"%1\" is not written the way Stasis writes file system changes.").arg(m_entryName), m_entryName);
            return false;
        }
        m_pending.clear();
        m_paxPath.reset();
        m_paxLinkPath.reset();
        m_paths.insert(digest);
        if (entry.type == TarEntry::Type::File) {
            m_files.insert(digest);
        } else if (entry.type == TarEntry::Type::Symlink) {
            m_symlinks.insert(digest);
            m_symlinkHashes.insert(qHash(entry.path, QHashSeed::globalSeed()));
        }
    }

    ++m_entries;
    m_total += entry.size;
    m_remaining = entry.size;
    m_padding = (blockSize - entry.size % blockSize) % blockSize;
    if (!m_handler->entryStarted(entry)) {
        if (!hasFailed()) {
            fail(tr("Reading the archive entry \"%1\" stopped.").arg(m_entryName), m_entryName);
        }
        return false;
    }
    if (m_remaining == 0) {
        return finishEntry();
    }
    m_state = State::Data;
    return true;
}

bool TarStreamReader::startPaxHeader(const QByteArray &header)
{
    const Number size = parseNumber(field(header, sizeField));
    if (!size.valid) {
        fail(tr("The archive entry \"%1\" has an invalid size.").arg(m_entryName), m_entryName);
        return false;
    }
    if (size.tooLarge || size.value > maxPaxHeaderSize) {
        fail(tr("The archive entry \"%1\" is a pax extended header larger than %2 bytes.").arg(m_entryName).arg(maxPaxHeaderSize), m_entryName);
        return false;
    }
    m_pending = header;
    m_paxSize = size.value;
    m_remaining = size.value + (blockSize - size.value % blockSize) % blockSize;
    if (m_remaining == 0) {
        return parsePaxRecords();
    }
    m_state = State::PaxData;
    return true;
}

bool TarStreamReader::parsePaxRecords()
{
    // Records are "<length> <key>=<value>\n", the length in decimal counting the whole record.
    const QByteArrayView data = QByteArrayView(m_pending).sliced(blockSize, m_paxSize);
    const auto malformed = [this] {
        fail(tr("The archive entry \"%1\" has a malformed pax extended header.").arg(m_entryName), m_entryName);
        return false;
    };
    for (qsizetype offset = 0; offset < data.size();) {
        const QByteArrayView rest = data.sliced(offset);
        const qsizetype space = rest.indexOf(' ');
        if (space <= 0 || space > 5 || rest[0] == '0') {
            return malformed();
        }
        const QByteArrayView digits = rest.first(space);
        if (!std::all_of(digits.begin(), digits.end(), [](char c) {
                return c >= '0' && c <= '9';
            })) {
            return malformed();
        }
        const qsizetype length = qsizetype(digits.toLongLong());
        if (length < space + 4 || length > rest.size() || rest[length - 1] != '\n') {
            return malformed();
        }
        const QByteArrayView body = rest.sliced(space + 1, length - space - 2);
        const qsizetype equals = body.indexOf('=');
        if (equals <= 0) {
            return malformed();
        }
        const QByteArrayView key = body.first(equals);
        const QByteArray value = body.sliced(equals + 1).toByteArray();
        std::optional<QByteArray> *slot = key == "path" ? &m_paxPath : key == "linkpath" ? &m_paxLinkPath : nullptr;
        if (!slot) {
            const QString shownKey = ArchivePath::printable(key);
            fail(isExtendedAttribute(key) ? tr("The archive entry \"%1\" carries the extended attribute \"%2\"; extended attributes (file capabilities, "
                                               "security labels, ACLs) are not carried in file system changes.")
                                                .arg(m_entryName, shownKey)
                                          : tr("The archive entry \"%1\" has the pax record \"%2\", which Stasis does not read; only \"path\" and "
                                               "\"linkpath\" are allowed.")
                                                .arg(m_entryName, shownKey),
                 m_entryName);
            return false;
        }
        if (slot->has_value()) {
            fail(tr("The archive entry \"%1\" has the pax record \"%2\" twice.").arg(m_entryName, ArchivePath::printable(key)), m_entryName);
            return false;
        }
        *slot = value;
        if (slot == &m_paxPath) {
            m_entryName = ArchivePath::printable(value);
        }
        offset += length;
    }
    return true;
}

bool TarStreamReader::checkFileSystemEntry(TarEntry &entry, const PathDigest &digest, const QByteArray &rawLink)
{
    if (m_paths.contains(digest)) {
        fail(tr("The archive entry \"%1\" is in the archive twice.").arg(m_entryName), m_entryName);
        return false;
    }
    if (!m_symlinks.isEmpty()) {
        for (qsizetype slash = entry.path.indexOf(QLatin1Char('/')); slash > 0; slash = entry.path.indexOf(QLatin1Char('/'), slash + 1)) {
            const QString folder = entry.path.first(slash);
            if (m_symlinkHashes.contains(qHash(folder, QHashSeed::globalSeed())) && m_symlinks.contains(PathDigest::of(folder))) {
                fail(tr("The archive entry \"%1\" lies under \"%2\", a symbolic link of the same archive.").arg(m_entryName, folder), m_entryName);
                return false;
            }
        }
    }
    if (entry.type == TarEntry::Type::Symlink) {
        const QString target = QString::fromUtf8(rawLink);
        QString problem;
        if (rawLink.isEmpty()) {
            problem = tr("The archive entry \"%1\" is a symbolic link without a target.").arg(m_entryName);
        } else if (rawLink.contains('\0')) {
            problem = tr("The archive entry \"%1\" is a symbolic link whose target has a NUL character.").arg(m_entryName);
        } else if (rawLink.size() > m_limits.maxFileSystemPathBytes) {
            problem =
                tr("The archive entry \"%1\" is a symbolic link whose target is longer than %2 bytes.").arg(m_entryName).arg(m_limits.maxFileSystemPathBytes);
        } else if (target.toUtf8() != rawLink) {
            problem = tr("The archive entry \"%1\" is a symbolic link whose target is not valid UTF-8.").arg(m_entryName);
        }
        if (!problem.isEmpty()) {
            fail(problem, m_entryName);
            return false;
        }
        entry.linkTarget = target;
    } else if (entry.type == TarEntry::Type::HardLink) {
        const std::expected<QString, QString> target = ArchivePath::validate(rawLink, m_limits.maxFileSystemPathBytes, m_limits.maxFileSystemDepth);
        if (!target) {
            fail(tr("The archive entry \"%1\" is a hard link to \"%2\", which is not a valid name of an archive entry.")
                     .arg(m_entryName, ArchivePath::printable(rawLink)),
                 m_entryName);
            return false;
        }
        const PathDigest targetDigest = PathDigest::of(*target);
        if (!m_files.contains(targetDigest)) {
            fail(m_paths.contains(targetDigest)
                     ? tr("The archive entry \"%1\" is a hard link to \"%2\", which is not a regular file.").arg(m_entryName, *target)
                     : tr("The archive entry \"%1\" is a hard link to \"%2\", which is not an earlier file of the archive.").arg(m_entryName, *target),
                 m_entryName);
            return false;
        }
        entry.linkTarget = *target;
    }
    return true;
}

bool TarStreamReader::finishEntry()
{
    m_state = m_padding > 0 ? State::Padding : State::Header;
    if (!m_handler->entryFinished()) {
        if (!hasFailed()) {
            fail(tr("Reading the archive entry \"%1\" stopped.").arg(m_entryName), m_entryName);
        }
        return false;
    }
    return true;
}

bool TarStreamReader::finish()
{
    if (hasFailed()) {
        return false;
    }
    switch (m_state) {
    case State::End:
        return true;
    case State::PaxData:
    case State::Data:
    case State::Padding:
        fail(tr("The archive is truncated: it ends inside the entry \"%1\".").arg(m_entryName), m_entryName);
        return false;
    case State::Header:
    case State::SecondEndBlock:
        if (m_consumed == 0) {
            fail(tr("The archive is empty."));
        } else if (m_entries == 0) {
            fail(tr("The archive is truncated: it ends before its first entry is complete."));
        } else {
            fail(tr("The archive is truncated: it ends after the entry \"%1\" without its end blocks.").arg(m_entryName), m_entryName);
        }
        return false;
    }
    return false;
}

} // namespace Stasis
