// SPDX-License-Identifier: GPL-2.0-or-later
#include "archiveoutputdevice.h"

namespace Stasis
{

ArchiveOutputDevice::ArchiveOutputDevice(QIODevice *target, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
{
}

bool ArchiveOutputDevice::isSequential() const
{
    return false;
}

bool ArchiveOutputDevice::seek(qint64 position)
{
    if (!m_target->seek(position)) {
        setErrorString(m_target->errorString());
        return false;
    }
    return QIODevice::seek(position);
}

qint64 ArchiveOutputDevice::size() const
{
    return m_target->size();
}

qint64 ArchiveOutputDevice::readData(char *, qint64)
{
    return -1;
}

qint64 ArchiveOutputDevice::writeData(const char *data, qint64 size)
{
    const qint64 written = m_target->write(data, size);
    if (written != size) {
        setErrorString(m_target->errorString());
        return -1;
    }
    return written;
}

} // namespace Stasis
