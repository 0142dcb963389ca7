// SPDX-License-Identifier: GPL-2.0-or-later
#include "ustarwriter.h"

#include <cstring>

namespace Stasis
{

namespace
{
constexpr qsizetype blockSize = 512;

/// Writes @p value as a zero-padded octal number of @p width - 1 digits and a NUL.
void putOctal(char *field, qsizetype width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), width - 1);
    field[width - 1] = '\0';
}
} // namespace

bool UstarWriter::addDirectory(const QString &name, int mode, const QDateTime &modified)
{
    const QString withSlash = name.endsWith(QLatin1Char('/')) ? name : name + QLatin1Char('/');
    return addEntry(withSlash, '5', {}, mode, modified);
}

bool UstarWriter::addFile(const QString &name, const QByteArray &data, int mode, const QDateTime &modified)
{
    return addEntry(name, '0', data, mode, modified);
}

bool UstarWriter::addEntry(const QString &name, char type, const QByteArray &data, int mode, const QDateTime &modified)
{
    const QByteArray block = header(name, type, data.size(), mode, modified);
    if (block.isEmpty()) {
        return false;
    }
    m_archive.append(block);
    m_archive.append(data);
    m_archive.append(paddingSize(data.size()), '\0');
    return true;
}

qint64 UstarWriter::paddingSize(qint64 size)
{
    return (blockSize - size % blockSize) % blockSize;
}

QByteArray UstarWriter::header(const QString &name, char type, qint64 size, int mode, const QDateTime &modified)
{
    QByteArray encodedName = name.toUtf8();
    QByteArray prefix;
    if (encodedName.size() > 100) {
        // Split at a '/' so that the prefix holds at most 155 bytes and the name at most 100
        // (a folder's own trailing '/' stays in the name).
        const qsizetype slash = encodedName.lastIndexOf('/', std::min<qsizetype>(155, encodedName.size() - 2));
        if (slash <= 0 || encodedName.size() - slash - 1 > 100) {
            return {};
        }
        prefix = encodedName.left(slash);
        encodedName = encodedName.mid(slash + 1);
    }
    if (encodedName.isEmpty() || size < 0) {
        return {};
    }
    QByteArray block(blockSize, '\0');
    char *header = block.data();
    std::memcpy(header, encodedName.constData(), encodedName.size());
    putOctal(header + 100, 8, mode & 0777);
    putOctal(header + 108, 8, 0); // uid
    putOctal(header + 116, 8, 0); // gid
    if (size < (qint64(1) << 33)) {
        putOctal(header + 124, 12, size);
    } else {
        // Beyond 11 octal digits (8 GiB): GNU's base-256 form, which Go's
        // archive/tar (the engine) and GNU tar read.
        header[124] = char(0x80);
        for (int i = 0; i < 8; ++i) {
            header[135 - i] = char((quint64(size) >> (8 * i)) & 0xff);
        }
    }
    putOctal(header + 136, 12, std::max<qint64>(0, modified.toSecsSinceEpoch()));
    header[156] = type;
    std::memcpy(header + 257, "ustar", 6); // magic with its NUL
    std::memcpy(header + 263, "00", 2); // version
    std::memcpy(header + 265, "root", 4); // uname
    std::memcpy(header + 297, "root", 4); // gname
    std::memcpy(header + 345, prefix.constData(), prefix.size());
    // The checksum is computed with its own field read as eight spaces.
    std::memset(header + 148, ' ', 8);
    unsigned int sum = 0;
    for (const char c : block) {
        sum += static_cast<unsigned char>(c);
    }
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(header + 148, checksum.constData(), 6);
    header[154] = '\0';
    header[155] = ' ';
    return block;
}

QByteArray UstarWriter::finish()
{
    m_archive.append(2 * blockSize, '\0');
    return std::exchange(m_archive, {});
}

} // namespace Stasis
