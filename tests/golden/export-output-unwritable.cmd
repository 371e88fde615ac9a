bpolpo export -o /nonexistent/dir/page.html
echo "rc=$?"
