// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logline.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Stasis
{

class EngineClient;
class LogStream;

/// Shows the followed log of one container: its lines (stderr in the
/// palette's negative colour), a header with the container and the stream's
/// state, a follow toggle, a search field (Enter/F3 next, Shift+F3 previous)
/// and a clear button. Keeps at most maximumLines() lines.
class LogPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPane)

public:
    static constexpr int defaultMaximumLines = 10000;

    explicit LogPane(QWidget *parent = nullptr);
    ~LogPane() override;

    /// Follows @p containerId's log through @p client in place of the
    /// current one; no client or an empty id shows no container.
    void setContainer(EngineClient *client, const QString &containerId, const QString &displayName);
    /// The stream shown, for resume() when the container runs again; null without a container.
    LogStream *stream() const
    {
        return m_stream;
    }

    void setMaximumLines(int lines);
    int maximumLines() const;

    bool isFollowing() const;
    void setFollowing(bool follow);

    /// Appends @p lines at the end (as the stream does).
    void appendLines(const QList<Stasis::LogLine> &lines);
    /// Empties the view; the stream goes on.
    void clear();

    /// Selects the next (or previous) match of the search field's text,
    /// wrapping around; false, and the field shows "not found", when there is none.
    bool findNext();
    bool findPrevious();

private:
    bool find(bool backward);
    void setNotFound(bool notFound);
    void updateHeader();
    void scrollToEnd();

    LogStream *m_stream = nullptr;
    QString m_displayName;
    int m_retryDelayMs = -1;
    bool m_hasLines = false;
    QLabel *m_header;
    QToolButton *m_follow;
    QLineEdit *m_search;
    QLabel *m_searchStatus;
    QToolButton *m_clear;
    QPlainTextEdit *m_view;
};

} // namespace Stasis
