// SPDX-License-Identifier: GPL-2.0-or-later
#include "logdemuxer.h"

#include <QtEndian>

namespace Stasis
{

namespace
{
constexpr qsizetype headerSize = 8;
}

QList<LogDemuxer::Frame> LogDemuxer::feed(const QByteArray &bytes)
{
    QList<Frame> frames;
    if (m_corrupt) {
        return frames;
    }
    m_buffer.append(bytes);
    qsizetype offset = 0;
    while (m_buffer.size() - offset >= headerSize) {
        const auto *header = reinterpret_cast<const uchar *>(m_buffer.constData() + offset);
        if (header[0] > 2) {
            m_corrupt = true;
            break;
        }
        const quint32 size = qFromBigEndian<quint32>(header + 4);
        if (m_buffer.size() - offset - headerSize < qsizetype(size)) {
            break;
        }
        frames.append(Frame{Stream(header[0]), m_buffer.mid(offset + headerSize, size)});
        offset += headerSize + size;
    }
    m_buffer.remove(0, offset);
    return frames;
}

QByteArray LogDemuxer::joinAll(const QByteArray &body)
{
    LogDemuxer demuxer;
    QByteArray joined;
    for (const Frame &frame : demuxer.feed(body)) {
        joined.append(frame.payload);
    }
    return joined;
}

} // namespace Stasis
