// SPDX-License-Identifier: GPL-2.0-or-later
#include "ustarwriter.h"

#include "ustarfields.h"

#include <cstring>

namespace Stasis
{

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
    const std::optional<UstarFields::SplitName> split = UstarFields::split(name.toUtf8());
    if (!split || split->name.isEmpty() || size < 0) {
        return {};
    }
    QByteArray block(blockSize, '\0');
    char *header = block.data();
    std::memcpy(header, split->name.constData(), split->name.size());
    UstarFields::putNumber(header + 100, 8, mode & 0777);
    UstarFields::putNumber(header + 108, 8, 0); // uid
    UstarFields::putNumber(header + 116, 8, 0); // gid
    // Beyond 11 octal digits (8 GiB) the size takes GNU's base-256 form,
    // which Go's archive/tar (the engine) and GNU tar read.
    UstarFields::putNumber(header + 124, 12, size);
    UstarFields::putNumber(header + 136, 12, std::max<qint64>(0, modified.toSecsSinceEpoch()));
    header[156] = type;
    std::memcpy(header + 257, "ustar", 6); // magic with its NUL
    std::memcpy(header + 263, "00", 2); // version
    std::memcpy(header + 265, "root", 4); // uname
    std::memcpy(header + 297, "root", 4); // gname
    std::memcpy(header + 345, split->prefix.constData(), split->prefix.size());
    UstarFields::putChecksum(block);
    return block;
}

QByteArray UstarWriter::finish()
{
    m_archive.append(2 * blockSize, '\0');
    return std::exchange(m_archive, {});
}

} // namespace Stasis
