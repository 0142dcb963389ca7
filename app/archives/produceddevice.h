// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace Stasis
{

/// An upload body (QNetworkAccessManager reads it) made by a producer as it
/// is read: of a size() known from the start, sequential, read on the
/// thread the device lives on. A producer that fails the device makes
/// read() answer -1 with errorString() saying why.
///
/// Bounded memory: the producer stops while bufferSize bytes or more wait
/// to be read — a producer on a worker thread blocks in waitForRoom(), one
/// on the device's thread pauses until resumeProducing(). readyRead()
/// follows whenever new bytes (or a failure) are there. The producer's
/// calls (append() to fail()) may come from any thread.
class ProducedDevice : public QIODevice
{
    Q_OBJECT

public:
    /// The most output kept waiting, besides one chunk of the producer.
    static constexpr qint64 bufferSize = 1024 * 1024;

    bool open(OpenMode mode) override;
    bool isSequential() const override;
    qint64 size() const override;
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    /// Blocks: only for a producer on a worker thread (one on this thread could not produce meanwhile).
    bool waitForReadyRead(int msecs) override;
    /// True once the producer failed (see errorString()).
    bool hasFailed() const
    {
        return m_failed;
    }

    // For the producer, from any thread.
    void append(QByteArrayView data);
    /// After the last bytes; fails when they are not size() bytes.
    void finish();
    /// The first failure is kept.
    void fail(const QString &message);
    /// True while the output is full (bufferSize or more waiting).
    bool isFull() const;
    /// Blocks until the output has room; false once the device failed or is being destroyed.
    bool waitForRoom();

protected:
    ProducedDevice(qint64 size, QObject *parent);
    /// Subclasses call stopWaiting() first in their destructors.
    ~ProducedDevice() override;

    /// At the first read, on the device's thread.
    virtual void startProducing() = 0;
    /// On the device's thread, once a full output has room again.
    virtual void resumeProducing()
    {
    }
    /// On the device's thread, when the device failed.
    virtual void stopProducing()
    {
    }
    /// Wakes a producer blocked in waitForRoom(), which then answers false.
    void stopWaiting();
    /// For the subclass's messages.
    virtual QString name() const = 0;

    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    /// With m_mutex held.
    void appendLocked(QByteArrayView data);
    void notifyReader();
    void startOnce();

    const qint64 m_size;
    bool m_started = false;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QByteArray m_pending;
    qint64 m_produced = 0;
    QString m_failure;
    bool m_wasFull = false;
    bool m_finished = false;
    bool m_stopping = false;
    std::atomic<bool> m_failed = false;
    std::atomic<bool> m_readyReadPosted = false;
};

} // namespace Stasis
