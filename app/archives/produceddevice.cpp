// SPDX-License-Identifier: GPL-2.0-or-later
#include "produceddevice.h"

#include "archiveslogging.h"

#include <QThread>

#include <cstring>

namespace Stasis
{

ProducedDevice::ProducedDevice(qint64 size, QObject *parent)
    : QIODevice(parent)
    , m_size(size)
{
}

ProducedDevice::~ProducedDevice() = default;

void ProducedDevice::stopWaiting()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
}

bool ProducedDevice::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly) {
        setErrorString(tr("%1 can only be read.").arg(name()));
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

bool ProducedDevice::isSequential() const
{
    return true;
}

qint64 ProducedDevice::size() const
{
    return m_size;
}

qint64 ProducedDevice::bytesAvailable() const
{
    std::lock_guard lock(m_mutex);
    return m_failed ? 0 : m_pending.size() + QIODevice::bytesAvailable();
}

bool ProducedDevice::atEnd() const
{
    std::lock_guard lock(m_mutex);
    return m_failed || (m_finished && m_pending.isEmpty() && QIODevice::bytesAvailable() == 0);
}

void ProducedDevice::startOnce()
{
    if (!m_started) {
        // Only now: an engine's sending waits for the upload.
        m_started = true;
        startProducing();
    }
}

bool ProducedDevice::waitForReadyRead(int msecs)
{
    startOnce();
    std::unique_lock lock(m_mutex);
    const auto ready = [this] {
        return m_failed || m_finished || !m_pending.isEmpty();
    };
    if (msecs < 0) {
        m_changed.wait(lock, ready);
    } else {
        m_changed.wait_for(lock, std::chrono::milliseconds(msecs), ready);
    }
    return m_failed || !m_pending.isEmpty();
}

void ProducedDevice::append(QByteArrayView data)
{
    {
        std::lock_guard lock(m_mutex);
        appendLocked(data);
    }
    notifyReader();
}

void ProducedDevice::finish()
{
    qint64 produced = 0;
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        produced = m_produced;
    }
    if (produced != m_size) {
        fail(tr("%1 came out at %2 bytes instead of the announced %3; nothing was kept. Please report this as a bug.").arg(name()).arg(produced).arg(m_size));
        return;
    }
    notifyReader();
}

void ProducedDevice::fail(const QString &message)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_failed) {
            return;
        }
        m_failed = true;
        m_failure = message;
        m_pending.clear();
        m_pending.squeeze();
    }
    qCWarning(lcArchives) << name() << "failed:" << message;
    m_changed.notify_all();
    const auto stop = [this, message] {
        setErrorString(message);
        stopProducing();
    };
    if (QThread::currentThread() == thread()) {
        stop();
    } else {
        QMetaObject::invokeMethod(this, stop, Qt::QueuedConnection);
    }
    notifyReader();
}

bool ProducedDevice::isFull() const
{
    std::lock_guard lock(m_mutex);
    return m_pending.size() >= bufferSize;
}

bool ProducedDevice::waitForRoom()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] {
        return m_stopping || m_failed || m_pending.size() < bufferSize;
    });
    return !m_stopping && !m_failed;
}

void ProducedDevice::appendLocked(QByteArrayView data)
{
    if (m_failed) {
        return;
    }
    m_pending += data;
    m_produced += data.size();
    if (m_pending.size() >= bufferSize) {
        m_wasFull = true;
    }
}

void ProducedDevice::notifyReader()
{
    m_changed.notify_all();
    if (!m_readyReadPosted.exchange(true)) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_readyReadPosted = false;
                Q_EMIT readyRead();
            },
            Qt::QueuedConnection);
    }
}

qint64 ProducedDevice::readData(char *data, qint64 maxSize)
{
    startOnce();
    std::unique_lock lock(m_mutex);
    if (m_failed) {
        const QString failure = m_failure;
        lock.unlock();
        setErrorString(failure);
        return -1;
    }
    const qint64 count = std::min<qint64>(maxSize, m_pending.size());
    std::memcpy(data, m_pending.constData(), size_t(count));
    m_pending.remove(0, qsizetype(count));
    const bool roomAgain = m_wasFull && m_pending.size() < bufferSize;
    if (roomAgain) {
        m_wasFull = false;
    }
    lock.unlock();
    if (roomAgain) {
        m_changed.notify_all();
        // Not from within read(): resuming may produce at once and signal.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_failed) {
                    resumeProducing();
                }
            },
            Qt::QueuedConnection);
    }
    return count;
}

qint64 ProducedDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Stasis
