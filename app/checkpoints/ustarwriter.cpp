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
    const QByteArray encodedName = name.toUtf8();
    // The size field holds 11 octal digits: 8 GiB, far above what Stasis writes.
    if (encodedName.isEmpty() || encodedName.size() > 100 || data.size() >= (qint64(1) << 33)) {
        return false;
    }
    char header[blockSize] = {};
    std::memcpy(header, encodedName.constData(), encodedName.size());
    putOctal(header + 100, 8, mode & 07777);
    putOctal(header + 108, 8, 0); // uid
    putOctal(header + 116, 8, 0); // gid
    putOctal(header + 124, 12, data.size());
    putOctal(header + 136, 12, std::max<qint64>(0, modified.toSecsSinceEpoch()));
    header[156] = type;
    std::memcpy(header + 257, "ustar", 6); // magic with its NUL
    std::memcpy(header + 263, "00", 2); // version
    std::memcpy(header + 265, "root", 4); // uname
    std::memcpy(header + 297, "root", 4); // gname
    // The checksum is computed with its own field read as eight spaces.
    std::memset(header + 148, ' ', 8);
    unsigned int sum = 0;
    for (const char c : header) {
        sum += static_cast<unsigned char>(c);
    }
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(header + 148, checksum.constData(), 6);
    header[154] = '\0';
    header[155] = ' ';

    m_archive.append(header, blockSize);
    m_archive.append(data);
    if (const qsizetype rest = data.size() % blockSize) {
        m_archive.append(blockSize - rest, '\0');
    }
    return true;
}

QByteArray UstarWriter::finish()
{
    m_archive.append(2 * blockSize, '\0');
    return std::exchange(m_archive, {});
}

} // namespace Stasis
