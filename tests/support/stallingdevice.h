// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QIODevice>

namespace Stasis::Test
{

/// A sequential device over @p data that hands out only the first limit()
/// bytes until release() (a producer that stalls), or fails from there
/// after failAtLimit().
class StallingDevice final : public QIODevice
{
public:
    explicit StallingDevice(const QByteArray &data, qint64 limit, QObject *parent = nullptr)
        : QIODevice(parent)
        , m_data(data)
        , m_limit(std::min<qint64>(limit, data.size()))
    {
    }

    bool isSequential() const override
    {
        return true;
    }
    qint64 bytesAvailable() const override
    {
        return m_limit - m_offset + QIODevice::bytesAvailable();
    }
    bool atEnd() const override
    {
        return m_offset >= m_data.size() && QIODevice::bytesAvailable() == 0;
    }
    /// Bytes read by the consumer so far.
    qint64 consumed() const
    {
        return m_offset;
    }
    /// Hands out the rest.
    void release()
    {
        m_limit = m_data.size();
        Q_EMIT readyRead();
    }
    void failAtLimit()
    {
        m_failing = true;
        Q_EMIT readyRead();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failing && m_offset >= m_limit) {
            setErrorString(QStringLiteral("the producer failed"));
            return -1;
        }
        const qint64 count = std::min(maxSize, m_limit - m_offset);
        std::memcpy(data, m_data.constData() + m_offset, count);
        m_offset += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override
    {
        return -1;
    }

private:
    QByteArray m_data;
    qint64 m_limit;
    qint64 m_offset = 0;
    bool m_failing = false;
};

} // namespace Stasis::Test
