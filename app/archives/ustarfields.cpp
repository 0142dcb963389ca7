// SPDX-License-Identifier: GPL-2.0-or-later
#include "ustarfields.h"

#include <cstring>

namespace Stasis::UstarFields
{

namespace
{
constexpr qsizetype nameWidth = 100;
constexpr qsizetype prefixWidth = 155;
constexpr qsizetype checksumOffset = 148;
constexpr qsizetype checksumWidth = 8;
} // namespace

std::optional<SplitName> split(const QByteArray &name)
{
    if (name.size() <= nameWidth) {
        return SplitName{{}, name};
    }
    const qsizetype slash = name.lastIndexOf('/', std::min<qsizetype>(prefixWidth, name.size() - 2));
    if (slash <= 0 || name.size() - slash - 1 > nameWidth) {
        return std::nullopt;
    }
    return SplitName{name.left(slash), name.mid(slash + 1)};
}

bool putNumber(char *field, qsizetype width, qint64 value)
{
    const int octalBits = int(3 * (width - 1));
    if (value >= 0 && value < (qint64(1) << octalBits)) {
        const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
        std::memcpy(field, digits.constData(), width - 1);
        field[width - 1] = '\0';
        return true;
    }
    // The first byte's two high bits are the marker and the sign, so the
    // value needs to fit the field's other bits.
    const int valueBits = int(8 * width - 2);
    if (valueBits < 63 && (value >= (qint64(1) << valueBits) || value < -(qint64(1) << valueBits))) {
        return false;
    }
    for (qsizetype i = 0; i < width; ++i) {
        field[width - 1 - i] = i < 8 ? char((quint64(value) >> (8 * i)) & 0xff) : char(value < 0 ? 0xff : 0);
    }
    field[0] = char(field[0] | 0x80);
    return true;
}

void putChecksum(QByteArray &block)
{
    char *header = block.data();
    std::memset(header + checksumOffset, ' ', checksumWidth);
    unsigned int sum = 0;
    for (const char c : std::as_const(block)) {
        sum += static_cast<unsigned char>(c);
    }
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(header + checksumOffset, checksum.constData(), 6);
    header[checksumOffset + 6] = '\0';
    header[checksumOffset + 7] = ' ';
}

} // namespace Stasis::UstarFields
