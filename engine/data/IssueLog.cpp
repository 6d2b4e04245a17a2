#include "data/IssueLog.h"

#include <QCoreApplication>

namespace bakery::data {

namespace {

// The sentences' translation context is "IssueLog".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IssueLog)
};

} // namespace

IssueLog::IssueLog(ImportReport& report, QString file)
    : m_report(report)
    , m_file(std::move(file))
{
}

IssueLog::~IssueLog()
{
    // In order of first appearance: a QHash's order changes from run to run.
    for (const QString& code : std::as_const(m_order)) {
        const int count = m_counts.value(code);
        if (count <= kPerCode || m_severity.value(code) == ImportIssue::Severity::Error)
            continue; // errors are all listed
        ImportIssue summary;
        summary.severity = m_severity.value(code);
        summary.file = m_file;
        summary.code = code;
        summary.message = Text::tr("... and %1 more issues like the ones above (%2)")
                              .arg(count - kPerCode)
                              .arg(code);
        m_report.issues.push_back(summary);
    }
}

void IssueLog::add(ImportIssue issue)
{
    if (issue.file.isEmpty())
        issue.file = m_file;
    const int n = ++m_counts[issue.code];
    if (n == 1)
        m_order << issue.code;
    m_severity.insert(issue.code, issue.severity);
    if (n <= kPerCode || issue.severity == ImportIssue::Severity::Error)
        m_report.issues.push_back(std::move(issue));
}

void IssueLog::error(const QString& code, int line, const QString& message, int column,
                     const QString& columnName)
{
    add({ImportIssue::Severity::Error, m_file, line, column, columnName, code, message});
}

void IssueLog::warning(const QString& code, int line, const QString& message, int column,
                       const QString& columnName)
{
    add({ImportIssue::Severity::Warning, m_file, line, column, columnName, code, message});
}

void IssueLog::info(const QString& code, int line, const QString& message)
{
    add({ImportIssue::Severity::Info, m_file, line, 0, {}, code, message});
}

} // namespace bakery::data
