package main

import (
	"flag"
	"fmt"
	"net"
	"net/netip"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

var private = []netip.Prefix{
	netip.MustParsePrefix("10.0.0.0/8"),
	netip.MustParsePrefix("172.16.0.0/12"),
	netip.MustParsePrefix("192.168.0.0/16"),
}

func allowed(p netip.Prefix) bool {
	if p.Bits() < 22 {
		return false
	}
	for _, r := range private {
		if r.Contains(p.Addr()) && r.Bits() <= p.Bits() {
			return true
		}
	}
	return false
}

type result struct {
	addr  netip.Addr
	name  string
	ports []int
}

func main() {
	cidr := flag.String("cidr", "", "private subnet, e.g. 192.168.1.0/24")
	portList := flag.String("ports", "22,80,443,445,631,8080", "ports to try")
	flag.Parse()

	prefix, err := netip.ParsePrefix(*cidr)
	if err != nil || !allowed(prefix.Masked()) {
		fmt.Fprintln(os.Stderr, "give a private subnet no larger than /22 (10/8, 172.16/12, 192.168/16)")
		os.Exit(2)
	}
	var ports []int
	for _, p := range strings.Split(*portList, ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(p)); err == nil && n > 0 && n < 65536 {
			ports = append(ports, n)
		}
	}

	sem := make(chan struct{}, 64)
	var mu sync.Mutex
	var wg sync.WaitGroup
	found := map[netip.Addr]*result{}
	for a := prefix.Masked().Addr(); prefix.Contains(a); a = a.Next() {
		for _, port := range ports {
			wg.Add(1)
			sem <- struct{}{}
			go func(a netip.Addr, port int) {
				defer wg.Done()
				defer func() { <-sem }()
				conn, err := net.DialTimeout("tcp", netip.AddrPortFrom(a, uint16(port)).String(), 300*time.Millisecond)
				if err != nil {
					return
				}
				conn.Close()
				mu.Lock()
				r := found[a]
				if r == nil {
					r = &result{addr: a}
					if names, _ := net.LookupAddr(a.String()); len(names) > 0 {
						r.name = strings.TrimSuffix(names[0], ".")
					}
					found[a] = r
				}
				r.ports = append(r.ports, port)
				mu.Unlock()
			}(a, port)
		}
	}
	wg.Wait()

	list := make([]*result, 0, len(found))
	for _, r := range found {
		sort.Ints(r.ports)
		list = append(list, r)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].addr.Less(list[j].addr) })
	for _, r := range list {
		fmt.Printf("%-15s %-28s %v\n", r.addr, r.name, r.ports)
	}
	fmt.Printf("%d hosts with open ports in %s\n", len(list), prefix.Masked())
}
