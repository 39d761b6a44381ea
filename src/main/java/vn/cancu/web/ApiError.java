package vn.cancu.web;

/**
 * The one error shape of the JSON API: {@code {"status":400,"error":"...","detail":"..."}}.
 *
 * @param status the HTTP status code
 * @param error a short reason
 * @param detail what was wrong with the request, or "" when there is nothing to add
 */
public record ApiError(int status, String error, String detail) {}
