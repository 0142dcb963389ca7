// SPDX-License-Identifier: GPL-2.0-or-later
#include "tarstreamreader.h"

#include "archivepath.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
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

} // namespace

TarStreamReader::TarStreamReader(Handler *handler, const ArchiveLimits &limits)
    : m_handler(handler)
    , m_limits(limits)
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

    const char typeFlag = header[typeOffset];
    TarEntry entry;
    if (typeFlag == '0' || typeFlag == '\0') {
        entry.type = TarEntry::Type::File;
    } else if (typeFlag == '5') {
        entry.type = TarEntry::Type::Directory;
    } else {
        fail(tr("The archive entry \"%1\" is %2; only regular files and folders are allowed.").arg(m_entryName, typeDescription(typeFlag)), m_entryName);
        return false;
    }
    if (!isAllZero(field(header, linkNameField))) {
        fail(tr("The archive entry \"%1\" carries a link target; only plain files and folders are allowed.").arg(m_entryName), m_entryName);
        return false;
    }

    const std::expected<QString, QString> path = ArchivePath::validate(raw, m_limits.maxPathBytes, m_limits.maxDepth);
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
    if (m_entries + 1 > m_limits.maxEntries) {
        fail(tr("The archive has more than %1 entries (at \"%2\").").arg(m_limits.maxEntries).arg(m_entryName), m_entryName);
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
