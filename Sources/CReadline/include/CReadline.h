// GNU readline for Swift: the headers, and small functions around readline's global variables
// and the chat's signal handling, defined once in CReadline.c.
//
// Swift 6 rejects reading or writing mutable C globals (they are shared mutable state), so the
// chat sets and reads readline's globals only through these functions, always on the thread
// that calls readline().
//
// Nothing here is defined in the header: state a header defines `static` exists once per object
// file that includes it, and an optimised build splits one Swift module into several, so the
// signal handler and the key reader would each see their own copy.

#ifndef CREADLINE_H
#define CREADLINE_H

#include <stdio.h>

#include <readline/history.h>
#include <readline/readline.h>

// MARK: Set-up

/// Names the application for `$if assistant` in inputrc files, and stops readline from
/// rewriting LINES and COLUMNS in the environment when the window is resized.
void creadline_set_application(void);

/// Whether readline installs its own handlers for SIGINT, SIGTERM, SIGTSTP and the like while
/// it reads, and for SIGWINCH (to follow the window's size).
void creadline_set_catch_signals(int catches, int catches_window_changes);

/// Reads each input character in place of `rl_getc`, which it should call; NULL for `rl_getc`.
void creadline_set_getc_function(rl_getc_func_t *getc);

// MARK: Completion

/// Completion over the whole line instead of its last word: a term may replace several typed
/// words (`chu ky` becomes `chữ ký số`), which readline can only do when the "word" it
/// replaces starts at the beginning of the line. Matches keep the order they are given in.
void creadline_set_completion(rl_completion_func_t *attempt, rl_compdisp_func_t *display);

/// Stops readline from falling back to file-name completion after the application's function.
void creadline_set_attempted_completion_over(int over);

/// Writes `text` where readline writes the line being edited.
void creadline_write(const char *text);

// MARK: History

/// The newest history entry, or NULL when the history is empty.
const char *creadline_newest_history_line(void);

// MARK: Signals
//
// SIGINT, SIGTSTP, SIGTERM and SIGHUP are only noted by the handler, which also writes a byte to a
// pipe, so that a wait for a key that also waits on the pipe wakes up whenever one arrives,
// however close to the start of the wait. The application acts on them outside the handler.

/// Makes the wake-up pipe and installs the handler for SIGINT, SIGTSTP, SIGTERM and SIGHUP,
/// unblocking them on the calling thread; 0, or -1 with errno set.
int creadline_install_signal_handlers(void);

/// If Ctrl-Z (SIGTSTP) was noted: stops the process as SIGTSTP would have, and returns 1 once
/// it is continued, with the handler back in place; else returns 0 at once. The caller puts
/// the terminal back as the shell expects before, and in editing mode after.
int creadline_stop_if_asked(void (*before)(void), void (*after)(void));

/// The end of the wake-up pipe to wait on; it is readable after any of the signals.
int creadline_wakeup_descriptor(void);

/// Empties the wake-up pipe.
void creadline_drain_wakeups(void);

/// Whether a Ctrl-C should first end a command that reads keys of its own (a history search, a
/// numeric argument, a key sequence, a completion question) with an abort key: true once for
/// each Ctrl-C, which stays noted (for `creadline_take_interrupt`).
int creadline_take_interrupt_for_command(void);

/// Whether SIGINT arrived since the last call; clears the note.
int creadline_take_interrupt(void);

/// Whether a signal is noted and not yet acted on.
int creadline_signal_noted(void);

/// The terminating signal (SIGTERM or SIGHUP) that arrived, or 0.
int creadline_termination_signal(void);

#endif
