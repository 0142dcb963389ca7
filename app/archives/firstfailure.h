// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Stasis
{

/// The failure of a reader of untrusted data (TarStreamReader,
/// ArchiveReader): the reader stops at it, and only the first one is kept,
/// as what follows it is its consequence.
class FirstFailure
{
public:
    /// Stops reading; the first failure is kept.
    void fail(const QString &message, const QString &entry = {})
    {
        if (!m_failure) {
            m_failure = Failure{message, entry};
        }
    }

    bool hasFailed() const
    {
        return m_failure.has_value();
    }
    /// A sentence naming the offending entry.
    QString errorString() const
    {
        return m_failure ? m_failure->message : QString();
    }
    QString offendingEntry() const
    {
        return m_failure ? m_failure->entry : QString();
    }

protected:
    FirstFailure() = default;
    ~FirstFailure() = default;

private:
    struct Failure {
        QString message;
        QString entry;
    };
    std::optional<Failure> m_failure;
};

} // namespace Stasis
